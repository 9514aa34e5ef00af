// HttpParser: the adapter over libhttp-parser, fed bytes the way sockets deliver them.
#include "http/httpparser.h"

#include <QTest>

using hb::http::HttpLimits;
using hb::http::HttpParser;
using hb::http::ParseEvent;
using Kind = hb::http::ParseEvent::Kind;

class TestHttpParser : public QObject {
    Q_OBJECT

private:
    static QList<ParseEvent> feedAll(HttpParser &parser, const QByteArray &bytes)
    {
        return parser.feed(bytes);
    }
    static ParseEvent onlyError(const QByteArray &bytes, const HttpLimits &limits = {})
    {
        HttpParser parser(limits);
        const QList<ParseEvent> events = parser.feed(bytes);
        if (events.isEmpty() || events.last().kind != Kind::Error)
            return {};
        return events.last();
    }

private slots:
    void simplePost()
    {
        HttpParser parser{HttpLimits{}};
        const auto events = parser.feed("POST /hooks/abc%2Dd?x=1&y=2 HTTP/1.1\r\nHost: h\r\n"
                                        "Content-Type: application/json\r\nContent-Length: 7\r\n"
                                        "\r\n{\"a\":1}");
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].kind, Kind::Request);
        const auto &request = events[0].request;
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.target, QByteArray("/hooks/abc%2Dd?x=1&y=2"));
        QCOMPARE(request.path, QByteArray("/hooks/abc-d"));
        QCOMPARE(request.query, QByteArray("x=1&y=2"));
        QCOMPARE(request.header("content-type"), QByteArray("application/json"));
        QCOMPARE(request.headers.size(), 3);
        QCOMPARE(request.body, QByteArray("{\"a\":1}"));
        QVERIFY(request.keepAlive);
        QVERIFY(!parser.inRequest());
    }

    void oneBytePerFeed()
    {
        HttpParser parser{HttpLimits{}};
        const QByteArray wire =
            "PUT /hooks/t HTTP/1.1\r\nHost: h\r\nX-Long: abcdef\r\nContent-Length: 3\r\n\r\nxyz";
        QList<ParseEvent> events;
        for (char c : wire) {
            events += parser.feed(&c, 1);
            if (events.isEmpty())
                QVERIFY(parser.inRequest());
        }
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].request.method, QByteArray("PUT"));
        QCOMPARE(events[0].request.header("x-long"), QByteArray("abcdef"));
        QCOMPARE(events[0].request.body, QByteArray("xyz"));
    }

    void pipelinedInOneFeed()
    {
        HttpParser parser{HttpLimits{}};
        QByteArray wire;
        for (int i = 0; i < 5; ++i)
            wire += "POST /hooks/t?n=" + QByteArray::number(i)
                    + " HTTP/1.1\r\nHost: h\r\nContent-Length: 1\r\n\r\n" + QByteArray::number(i);
        const auto events = parser.feed(wire);
        QCOMPARE(events.size(), 5);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(events[i].kind, Kind::Request);
            QCOMPARE(events[i].request.body, QByteArray::number(i));
        }
    }

    void chunkedIsDechunked()
    {
        HttpParser parser{HttpLimits{}};
        const auto events =
            parser.feed("POST /hooks/t HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
                        "4\r\n{\"a\"\r\n3\r\n:1}\r\n0\r\n\r\n");
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].request.body, QByteArray("{\"a\":1}"));
    }

    void connectionCloseAndHttp10()
    {
        HttpParser closing{HttpLimits{}};
        auto events = closing.feed("GET /healthz HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n");
        QCOMPARE(events.size(), 1);
        QVERIFY(!events[0].request.keepAlive);
        HttpParser old{HttpLimits{}};
        events = old.feed("GET /healthz HTTP/1.0\r\n\r\n");
        QCOMPARE(events.size(), 1);
        QVERIFY(!events[0].request.keepAlive);
    }

    void malformedIs400()
    {
        const ParseEvent error = onlyError("GARBAGE\r\n\r\n");
        QCOMPARE(error.status, 400);
        QVERIFY(error.message.contains(QLatin1String("malformed")));
        HttpParser parser{HttpLimits{}};
        parser.feed("NOT HTTP AT ALL\r\n\r\n");
        QVERIFY(parser.failed());
        QVERIFY(parser.feed("GET / HTTP/1.1\r\nHost: h\r\n\r\n").isEmpty());
    }

    void contentLengthWithTransferEncodingIs400()
    {
        const ParseEvent error =
            onlyError("POST /hooks/t HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n"
                      "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n");
        QCOMPARE(error.status, 400);
        QVERIFY(error.message.contains(QLatin1String("Transfer-Encoding")));
    }

    void conflictingContentLengthsAre400()
    {
        const ParseEvent error =
            onlyError("POST /hooks/t HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n"
                      "Content-Length: 6\r\n\r\nhello!");
        QCOMPARE(error.status, 400);
    }

    void bodyTooLargeIs413()
    {
        HttpLimits limits;
        limits.maxBodySize = 10;
        QCOMPARE(
            onlyError("POST /h HTTP/1.1\r\nHost: h\r\nContent-Length: 11\r\n\r\n", limits).status,
            413);
        // Chunked bodies have no announced size: counted as they come.
        const ParseEvent chunked = onlyError("POST /h HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: "
                                             "chunked\r\n\r\n6\r\nabcdef\r\n6\r\nghijkl\r\n",
                                             limits);
        QCOMPARE(chunked.status, 413);
        QVERIFY(chunked.message.contains(QLatin1String("larger than 10 bytes")));
        HttpParser fits(limits);
        QCOMPARE(
            fits.feed("POST /h HTTP/1.1\r\nHost: h\r\nContent-Length: 10\r\n\r\n0123456789").size(),
            1);
    }

    void expectContinue()
    {
        HttpLimits limits;
        limits.maxBodySize = 10;
        HttpParser parser(limits);
        auto events = parser.feed(
            "POST /h HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\nExpect: 100-continue\r\n\r\n");
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].kind, Kind::Continue);
        events = parser.feed("abc");
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].kind, Kind::Request);
        // Too large: refused before the body is sent, and no 100 Continue.
        HttpParser tooLarge(limits);
        events = tooLarge.feed(
            "POST /h HTTP/1.1\r\nHost: h\r\nContent-Length: 100\r\nExpect: 100-continue\r\n\r\n");
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].kind, Kind::Error);
        QCOMPARE(events[0].status, 413);
    }

    void longTargetIs414()
    {
        const QByteArray target = "/hooks/" + QByteArray(9000, 'a');
        QCOMPARE(onlyError("GET " + target + " HTTP/1.1\r\nHost: h\r\n\r\n").status, 414);
        // Also when it trickles in.
        HttpParser parser{HttpLimits{}};
        const QByteArray wire = "GET " + target;
        ParseEvent last;
        for (qsizetype i = 0; i < wire.size(); i += 100) {
            const auto events = parser.feed(wire.mid(i, 100));
            if (!events.isEmpty())
                last = events.last();
        }
        QCOMPARE(last.status, 414);
    }

    void largeHeaderSectionIs431()
    {
        QByteArray wire = "GET /healthz HTTP/1.1\r\nHost: h\r\n";
        for (int i = 0; i < 40; ++i)
            wire += "X-Filler-" + QByteArray::number(i) + ": " + QByteArray(500, 'x') + "\r\n";
        wire += "\r\n";
        const ParseEvent error = onlyError(wire);
        QCOMPARE(error.status, 431);
        // Just under the limit is fine.
        HttpLimits limits;
        limits.maxHeaderSize = 64 * 1024;
        HttpParser roomy(limits);
        QCOMPARE(roomy.feed(wire).size(), 1);
    }

    // SPEC §3 "Strict HTTP/1.1": every head two servers could read differently is refused with
    // the status and a message naming the rule, byte by byte as well as whole; the look-alikes
    // a strict reader accepts stay accepted.
    void strictRules_data()
    {
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<int>("status"); // 0: accepted
        QTest::addColumn<QString>("rule");
        const QByteArray post = "POST /hooks/t HTTP/1.1\r\nHost: h\r\n";
        const QByteArray body = "Content-Length: 2\r\n\r\n{}";
        QTest::newRow("space before colon")
            << QByteArray(post + "Content-Length : 2\r\n\r\n{}") << 400
            << QStringLiteral("whitespace inside the header name");
        QTest::newRow("space inside name") << QByteArray(post + "X Api-Key: k\r\n" + body) << 400
                                           << QStringLiteral("whitespace inside the header name");
        QTest::newRow("obs-fold") << QByteArray(post + "X-A: a\r\n  folded\r\n" + body) << 400
                                  << QStringLiteral("starts with whitespace");
        QTest::newRow("fold right after the request line")
            << QByteArray("POST /hooks/t HTTP/1.1\r\n Host: h\r\n" + body) << 400
            << QStringLiteral("starts with whitespace");
        QTest::newRow("bare LF ends the request line")
            << QByteArray("POST /hooks/t HTTP/1.1\nHost: h\r\n" + body) << 400
            << QStringLiteral("bare LF");
        QTest::newRow("bare CR ends the request line")
            << QByteArray("POST /hooks/t HTTP/1.1\rHost: h\r\n" + body) << 400
            << QStringLiteral("bare CR");
        QTest::newRow("bare LF ends a header")
            << QByteArray(post + "X-A: a\n" + body) << 400 << QStringLiteral("bare LF");
        QTest::newRow("NUL in a value") << QByteArray(post + QByteArray("X-A: a\0b\r\n", 10) + body)
                                        << 400 << QStringLiteral("control character");
        QTest::newRow("no Host") << QByteArray("POST /hooks/t HTTP/1.1\r\n" + body) << 400
                                 << QStringLiteral("exactly one Host header (it has 0)");
        QTest::newRow("two Hosts") << QByteArray(post + "Host: h\r\n" + body) << 400
                                   << QStringLiteral("exactly one Host header (it has 2)");
        QTest::newRow("Transfer-Encoding in HTTP/1.0")
            << QByteArray("POST /hooks/t HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n"
                          "2\r\n{}\r\n0\r\n\r\n")
            << 400 << QStringLiteral("HTTP/1.0");
        QTest::newRow("unknown coding")
            << QByteArray(post + "Transfer-Encoding: xchunked\r\n\r\n") << 501
            << QStringLiteral("unknown transfer coding \"xchunked\"");
        QTest::newRow("gzip then chunked")
            << QByteArray(post + "Transfer-Encoding: gzip, chunked\r\n\r\n") << 400
            << QStringLiteral("chunked alone");
        QTest::newRow("chunked twice")
            << QByteArray(post + "Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n")
            << 400 << QStringLiteral("chunked alone");
        QTest::newRow("two equal lengths") << QByteArray(post + "Content-Length: 2\r\n" + body)
                                           << 400 << QStringLiteral("more than one Content-Length");
        QTest::newRow("length and chunked")
            << QByteArray(post + "Content-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n") << 400
            << QStringLiteral("Content-Length together with Transfer-Encoding");
        QTest::newRow("asterisk target") << QByteArray("POST * HTTP/1.1\r\nHost: h\r\n" + body)
                                         << 400 << QStringLiteral("origin-form");
        QTest::newRow("authority target")
            << QByteArray("POST example.com:80 HTTP/1.1\r\nHost: h\r\n" + body) << 400
            << QStringLiteral("origin-form");
        QTest::newRow("two spaces in the request line")
            << QByteArray("POST  /hooks/t HTTP/1.1\r\nHost: h\r\n" + body) << 400
            << QStringLiteral("single spaces");
        QTest::newRow("look-alike Transfer_Encoding")
            << QByteArray(post + "Transfer_Encoding: chunked\r\n" + body) << 0 << QString();
        QTest::newRow("look-alike Content-Encoding")
            << QByteArray(post + "Content-Encoding: chunked\r\n" + body) << 0 << QString();
        QTest::newRow("absolute-form")
            << QByteArray("POST http://h/hooks/t HTTP/1.1\r\nHost: h\r\n" + body) << 0 << QString();
        QTest::newRow("HTTP/1.0 without Host")
            << QByteArray("POST /hooks/t HTTP/1.0\r\n" + body) << 0 << QString();
        QTest::newRow("empty line first") << QByteArray("\r\n" + post + body) << 0 << QString();
        QTest::newRow("tab in a value")
            << QByteArray(post + "X-A: a\tb\r\n" + body) << 0 << QString();
    }
    void strictRules()
    {
        QFETCH(QByteArray, wire);
        QFETCH(int, status);
        QFETCH(QString, rule);
        for (const bool bytewise : {false, true}) {
            HttpParser parser{HttpLimits{}};
            QList<ParseEvent> events;
            if (bytewise) {
                for (char c : std::as_const(wire))
                    events += parser.feed(QByteArray(1, c));
            } else {
                events = parser.feed(wire);
            }
            QVERIFY(!events.isEmpty());
            if (status == 0) {
                QCOMPARE(events.size(), 1);
                QCOMPARE(events.first().kind, Kind::Request);
                QCOMPARE(events.first().request.body, QByteArray("{}"));
                continue;
            }
            QCOMPARE(events.last().kind, Kind::Error);
            QCOMPARE(events.last().status, status);
            QVERIFY2(events.last().message.contains(rule), qPrintable(events.last().message));
            QVERIFY(parser.failed());
            for (const ParseEvent &event : std::as_const(events))
                QVERIFY(event.kind != Kind::Request); // nothing of it reaches the handler
        }
    }

    // A refused request keeps what could be read of it (target, headers), so that the refusal
    // can be logged under its webhook.
    void refusalKeepsTheTarget()
    {
        HttpParser parser{HttpLimits{}};
        const auto events = parser.feed("POST /hooks/tok HTTP/1.1\r\nHost: h\r\n"
                                        "Content-Length : 2\r\n\r\n{}");
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].request.target, QByteArray("/hooks/tok"));
        QCOMPARE(events[0].request.header("host"), QByteArray("h"));
    }

    // Pipelined: an accepted request, then a refused one on the same connection.
    void refusedAfterAnAcceptedOne()
    {
        HttpParser parser{HttpLimits{}};
        const auto events =
            parser.feed("POST /hooks/t HTTP/1.1\r\nHost: h\r\nContent-Length: 2\r\n"
                        "\r\n{}POST /hooks/t HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}");
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[0].kind, Kind::Request);
        QCOMPARE(events[0].request.body, QByteArray("{}"));
        QCOMPARE(events[1].kind, Kind::Error);
        QCOMPARE(events[1].status, 400);
    }

    void upgradeIsAnsweredThenClosed()
    {
        HttpParser parser{HttpLimits{}};
        const auto events =
            parser.feed("GET /healthz HTTP/1.1\r\nHost: h\r\nConnection: Upgrade\r\n"
                        "Upgrade: websocket\r\n\r\n\x81\x05hello");
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].kind, Kind::Request);
        QVERIFY(!events[0].request.keepAlive);
    }
};

QTEST_GUILESS_MAIN(TestHttpParser)
#include "test_httpparser.moc"
