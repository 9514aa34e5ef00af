#include "settingsdialog.h"

#include "localtime.h"
#include "messagelabel.h"
#include "services/records.h"
#include "theme.h"
#include "traynotifier.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QSystemTrayIcon>
#include <QUrl>
#include <QVBoxLayout>

namespace hb::ui {

namespace {
const QString addressKey = QStringLiteral("catcher/address");
const QString portKey = QStringLiteral("catcher/port");
} // namespace

SettingsDialog::SettingsDialog(const QString &storeLocation, QWidget *parent)
    : QDialog(parent)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildStoreBox(
        storeLocation.isEmpty() ? services::Connection::defaultLocation() : storeLocation));
    layout->addWidget(buildCatcherBox());
    layout->addWidget(buildDisplayBox());
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    check();
    // Room for a data-folder path without scrolling it, at a size that fits 1024×700.
    resize(qMax(sizeHint().width(), 620), sizeHint().height());
}

QGroupBox *SettingsDialog::buildStoreBox(const QString &storeLocation)
{
    auto *box = new QGroupBox(tr("Store"), this);
    m_location = new QLineEdit(displayedLocation(storeLocation), box);
    m_location->setObjectName(QStringLiteral("storeLocation"));
    m_location->setReadOnly(true);
    m_location->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_location->setCursorPosition(0);
    m_openFolder = new QPushButton(tr("Open &folder"), box);
    m_openFolder->setObjectName(QStringLiteral("openStoreFolder"));
    const bool isFile = !services::Connection::isPostgresLocation(storeLocation);
    m_openFolder->setVisible(isFile);
    const QString folder = QFileInfo(storeLocation).absolutePath();
    connect(m_openFolder, &QPushButton::clicked, this,
            [folder] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });
    auto *row = new QHBoxLayout;
    row->addWidget(m_location, 1);
    row->addWidget(m_openFolder);
    auto *how = new QLabel(tr("To use another store, start Hookbench with <tt>--db PATH</tt> (a "
                              "file, or a <tt>postgresql://</tt> URL) or set the environment "
                              "variable <tt>HOOKBENCH_DB</tt>."),
                           box);
    how->setObjectName(QStringLiteral("otherStore"));
    how->setWordWrap(true);
    auto *form = new QFormLayout(box);
    form->addRow(isFile ? tr("File") : tr("Database"), row);
    form->addRow(how);
    return box;
}

QGroupBox *SettingsDialog::buildCatcherBox()
{
    auto *box = new QGroupBox(tr("Catcher"), this);
    m_address = new QLineEdit(box);
    m_address->setObjectName(QStringLiteral("listenAddress"));
    m_address->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_address->setText(storedAddress().toString());
    m_port = new QSpinBox(box);
    m_port->setObjectName(QStringLiteral("listenPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(storedPort());
    m_check = new MessageLabel(box);
    auto *form = new QFormLayout(box);
    form->addRow(tr("Listen on &address"), m_address);
    form->addRow(tr("&Port"), m_port);
    form->addRow(m_check);
    connect(m_address, &QLineEdit::textChanged, this, &SettingsDialog::check);
    return box;
}

QGroupBox *SettingsDialog::buildDisplayBox()
{
    auto *box = new QGroupBox(tr("Display"), this);
    const QString zone = QDateTime::currentDateTime().timeZoneAbbreviation();
    m_localTime = new QRadioButton(tr("&Local time (%1)").arg(zone), box);
    m_localTime->setObjectName(QStringLiteral("localTimes"));
    m_utc = new QRadioButton(tr("&UTC"), box);
    m_utc->setObjectName(QStringLiteral("utcTimes"));
    (LocalTime::showsUtc() ? m_utc : m_localTime)->setChecked(true);
    auto *times = new QHBoxLayout;
    times->addWidget(m_localTime);
    times->addWidget(m_utc);
    times->addStretch(1);
    m_theme = new QComboBox(box);
    m_theme->setObjectName(QStringLiteral("theme"));
    for (const Theme::Mode mode : {Theme::FollowSystem, Theme::Light, Theme::Dark})
        m_theme->addItem(Theme::label(mode), int(mode));
    m_theme->setCurrentIndex(m_theme->findData(int(Theme::stored())));
    m_tray = new QCheckBox(tr("&Notify from the system tray while the window is hidden"), box);
    m_tray->setObjectName(QStringLiteral("trayNotifications"));
    m_tray->setChecked(TrayNotifier::enabled());
    m_tray->setToolTip(QSystemTrayIcon::isSystemTrayAvailable()
                           ? tr("A tray icon says when deliveries fail or stay Pending for over "
                                "an hour; clicking the message opens the delivery.")
                           : tr("This desktop shows no system tray right now."));
    auto *form = new QFormLayout(box);
    form->addRow(tr("Times"), times);
    form->addRow(tr("&Theme"), m_theme);
    form->addRow(tr("Notifications"), m_tray);
    return box;
}

QHostAddress SettingsDialog::storedAddress()
{
    const QHostAddress address(
        QSettings().value(addressKey, QStringLiteral("127.0.0.1")).toString());
    return address.isNull() ? QHostAddress(QHostAddress::LocalHost) : address;
}

quint16 SettingsDialog::storedPort()
{
    const int port = QSettings().value(portKey, 8080).toInt();
    return port > 0 && port < 65536 ? quint16(port) : quint16(8080);
}

void SettingsDialog::store(const QHostAddress &address, quint16 port)
{
    QSettings settings;
    settings.setValue(addressKey, address.toString());
    settings.setValue(portKey, port);
}

QString SettingsDialog::displayedLocation(const QString &storeLocation)
{
    if (!services::Connection::isPostgresLocation(storeLocation))
        return QFileInfo(storeLocation).absoluteFilePath();
    // Secrets are not shown by default (SPEC §3): toDisplayString() leaves the password out.
    return QUrl(storeLocation).toDisplayString();
}

void SettingsDialog::setPort(quint16 port)
{
    m_port->setValue(port);
}

void SettingsDialog::check()
{
    const QHostAddress address(m_address->text().trimmed());
    bool ok = !address.isNull();
    if (!ok)
        m_check->setError(tr("\"%1\" is not an IP address: use 127.0.0.1 for this machine only.")
                              .arg(m_address->text().trimmed()));
    else if (!address.isLoopback())
        m_check->setInfo(tr("Other machines that can reach %1 will be able to send requests.")
                             .arg(address.toString()));
    else
        m_check->clear();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

void SettingsDialog::accept()
{
    const QHostAddress address(m_address->text().trimmed());
    if (address.isNull())
        return;
    const quint16 port = quint16(m_port->value());
    m_listeningChanged = address != storedAddress() || port != storedPort();
    store(address, port);
    LocalTime::setShowsUtc(m_utc->isChecked());
    const auto theme = Theme::Mode(m_theme->currentData().toInt());
    Theme::store(theme);
    Theme::apply(theme);
    TrayNotifier::setEnabled(m_tray->isChecked());
    QDialog::accept();
}

} // namespace hb::ui
