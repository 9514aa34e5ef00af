#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace hb::ui {

QString Translations::resourceFolder()
{
    return QStringLiteral(":/hookbench/translations");
}

QStringList Translations::install(const QLocale &locale)
{
    QStringList loaded;
    // QTranslator::load(QLocale, …) tries the locale's UI languages in order (de_AT, then de), so
    // a German speaker in Austria or Switzerland gets the German file.
    const struct {
        QString name;
        QString folder;
    } sources[] = {
        {QStringLiteral("hookbench"), resourceFolder()},
        {QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)},
    };
    for (const auto &source : sources) {
        auto *translator = new QTranslator(QCoreApplication::instance());
        if (translator->load(locale, source.name, QStringLiteral("_"), source.folder)
            && QCoreApplication::installTranslator(translator)) {
            loaded << translator->filePath();
        } else {
            delete translator;
        }
    }
    return loaded;
}

} // namespace hb::ui
