#pragma once

// What the screenshot programs (not tests: they save PNGs for people to look at) share.
#include <QCoreApplication>
#include <QDir>
#include <QTest>
#include <QWidget>

#include <cstdio>
#include <functional>

namespace screenshots {

// Saves `window` as OUTPUT_DIR/name.png once its layouts have settled; prints the path.
inline bool shoot(QWidget *window, const QDir &dir, const QString &name)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents();
    const QString path = dir.filePath(name + QStringLiteral(".png"));
    if (!window->grab().save(path)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s\n", qPrintable(path));
    return true;
}

// False when still busy after `timeoutMs`: a picture taken then shows the busy state, which is
// still worth a look, so callers decide whether that is fatal.
inline bool waitWhile(const std::function<bool()> &busy, int timeoutMs = 5000)
{
    return QTest::qWaitFor([&busy] { return !busy(); }, timeoutMs);
}

inline int fail(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 1;
}

} // namespace screenshots
