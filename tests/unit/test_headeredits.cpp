// A tester's header edits over the headers a request is built with: names compare without case,
// a value replaces in place and drops repeats, a removal drops every header of its name, a new
// name is appended, and a later edit wins.
#include "delivery/headeredits.h"

#include <QTest>

using hb::delivery::HeaderEdit;
using hb::delivery::HeaderEditor;
using Headers = HeaderEditor::Headers;

class TestHeaderEdits : public QObject {
    Q_OBJECT

    static Headers built()
    {
        return {{"Content-Type", "application/json"},
                {"x-encrypted", "true"},
                {"x-api-key", "k-right"},
                {"webhook-id", "msg_1"}};
    }

private slots:
    void noEditsLeaveTheHeadersAsBuilt() { QCOMPARE(HeaderEditor::apply(built(), {}), built()); }

    void aValueReplacesInPlaceWhateverTheCase()
    {
        const Headers edited = HeaderEditor::apply(built(), {HeaderEdit("X-API-KEY", "k-wrong")});
        QCOMPARE(edited.size(), 4);
        QCOMPARE(edited.at(2), qMakePair(QByteArray("x-api-key"), QByteArray("k-wrong")));
    }

    void aReplacementDropsRepeatsOfTheName()
    {
        Headers twice = built();
        twice.append(qMakePair(QByteArray("X-Api-Key"), QByteArray("k-second")));
        const Headers edited = HeaderEditor::apply(twice, {HeaderEdit("x-api-key", "k-only")});
        QCOMPARE(edited.size(), 4);
        QCOMPARE(edited.at(2).second, QByteArray("k-only"));
    }

    void aRemovalDropsEveryHeaderOfTheName()
    {
        Headers twice = built();
        twice.append(qMakePair(QByteArray("X-Encrypted"), QByteArray("yes")));
        const Headers edited = HeaderEditor::apply(twice, {HeaderEdit("x-encrypted", {}, true)});
        QCOMPARE(edited.size(), 3);
        for (const auto &[name, value] : edited)
            QVERIFY(name.compare("x-encrypted", Qt::CaseInsensitive) != 0);
    }

    void aNewNameIsAppendedAndBlankNamesAreIgnored()
    {
        const Headers edited = HeaderEditor::apply(
            built(), {HeaderEdit("X-Tester", "night shift"), HeaderEdit("  ", "ignored")});
        QCOMPARE(edited.size(), 5);
        QCOMPARE(edited.last(), qMakePair(QByteArray("X-Tester"), QByteArray("night shift")));
    }

    void aLaterEditWins()
    {
        const Headers removedThenSet = HeaderEditor::apply(
            built(), {HeaderEdit("webhook-id", {}, true), HeaderEdit("webhook-id", "msg_again")});
        QCOMPARE(removedThenSet.last(),
                 qMakePair(QByteArray("webhook-id"), QByteArray("msg_again")));
        const Headers setThenRemoved = HeaderEditor::apply(
            built(), {HeaderEdit("webhook-id", "msg_again"), HeaderEdit("webhook-id", {}, true)});
        QCOMPARE(setThenRemoved.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestHeaderEdits)
#include "test_headeredits.moc"
