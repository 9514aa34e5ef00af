#include "aboutdialog.h"

#include "common/version.h"
#include "crypto/librariesinfo.h"
#include "settingsdialog.h"
#include "statusicons.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <utility>

namespace hb::ui {

AboutDialog::AboutDialog(const QString &storeLocation, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Hookbench"));
    m_details = {
        {tr("Version"), hb::version()},
        {tr("Licence"), tr("see the project's README")},
        {tr("Qt"), tr("%1 (built with %2)")
                       .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR))},
        {tr("OpenSSL"), crypto::LibrariesInfo::openSslVersion()},
        {tr("Store"), SettingsDialog::displayedLocation(storeLocation)},
    };
    QString rows;
    for (const auto &[name, value] : std::as_const(m_details))
        rows += QStringLiteral("<tr><td><b>%1</b>&nbsp;&nbsp;</td><td>%2</td></tr>")
                    .arg(name.toHtmlEscaped(), value.toHtmlEscaped());
    auto *text =
        new QLabel(QStringLiteral("<h2>Hookbench %1</h2><p>%2</p><table>%3</table>")
                       .arg(hb::version(),
                            tr("A local workbench for incoming webhooks.").toHtmlEscaped(), rows),
                   this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *icon = new QLabel(this);
    icon->setPixmap(StatusIcons::app().pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);
    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addWidget(text, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy details"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyDetails"));
    connect(copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(detailsText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    row->setSpacing(16);
    layout->addLayout(row);
    layout->addWidget(buttons);
}

QString AboutDialog::detailsText() const
{
    QStringList lines{QStringLiteral("Hookbench %1").arg(hb::version())};
    for (const auto &[name, value] : m_details)
        lines << name + QStringLiteral(": ") + value;
    return lines.join(QLatin1Char('\n'));
}

} // namespace hb::ui
