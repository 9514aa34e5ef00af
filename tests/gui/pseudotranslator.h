#pragma once

// A translation that wraps every text in ⟦…⟧, so that a text shown without the brackets is one
// that never went through tr(). Placeholders survive: %1 stays in the text for arg(), and %n is
// replaced by QCoreApplication::translate after translate() returns.
#include <QMutex>
#include <QMutexLocker>
#include <QSet>
#include <QString>
#include <QTranslator>

#include <utility>

class PseudoTranslator : public QTranslator {
public:
    static QChar open() { return QChar(0x27E6); }
    static QChar close() { return QChar(0x27E7); }

    bool isEmpty() const override { return false; }

    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        Q_UNUSED(disambiguation);
        Q_UNUSED(n);
        if (!sourceText || !*sourceText)
            return {};
        // Qt asks its translation for the layout direction: the answer must stay LTR or RTL.
        if (qstrcmp(sourceText, "QT_LAYOUT_DIRECTION") == 0)
            return {};
        {
            // Worker threads translate their errors too.
            const QMutexLocker lock(&m_mutex);
            m_asked.insert({QString::fromUtf8(context), QString::fromUtf8(sourceText)});
        }
        return open() + QString::fromUtf8(sourceText) + close();
    }

    // Every (context, source text) asked for so far.
    QSet<std::pair<QString, QString>> asked() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_asked;
    }

private:
    mutable QMutex m_mutex;
    mutable QSet<std::pair<QString, QString>> m_asked;
};
