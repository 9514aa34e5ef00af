#include "helpwindow.h"

#include "settingsdialog.h"

#include <QFile>
#include <QKeySequence>
#include <QSettings>
#include <QShortcut>
#include <QTextBrowser>
#include <QVBoxLayout>

// Resources of a static library have to be registered by hand (registering twice is harmless).
static void initResources()
{
    Q_INIT_RESOURCE(hookbench);
}

namespace hb::ui {

HelpWindow::HelpWindow(const QString &storeLocation, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("helpWindow"));
    setWindowTitle(tr("Hookbench Help"));
    m_browser->setObjectName(QStringLiteral("guide"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setHtml(guideHtml(storeLocation));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    // A window without buttons: Escape closes it, as it would a dialog.
    connect(new QShortcut(QKeySequence(Qt::Key_Escape), this), &QShortcut::activated, this,
            &QWidget::close);
    resize(720, 640);
}

QString HelpWindow::guideHtml(const QString &storeLocation)
{
    initResources();
    QFile file(QStringLiteral(":/hookbench/help/guide.html"));
    if (!file.open(QIODevice::ReadOnly))
        return tr("The guide is missing from this build of Hookbench.");
    QString html = QString::fromUtf8(file.readAll());
    html.replace(QStringLiteral("{{store}}"),
                 SettingsDialog::displayedLocation(storeLocation).toHtmlEscaped());
    html.replace(QStringLiteral("{{settings}}"), QSettings().fileName().toHtmlEscaped());
    return html;
}

} // namespace hb::ui
