#include "settingsdialog.h"

#include "messagelabel.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>

namespace hb::ui {

namespace {
const QString addressKey = QStringLiteral("catcher/address");
const QString portKey = QStringLiteral("catcher/port");
} // namespace

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_address(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_check(new MessageLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Listening settings"));
    m_address->setObjectName(QStringLiteral("listenAddress"));
    m_address->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_address->setText(storedAddress().toString());
    m_port->setObjectName(QStringLiteral("listenPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(storedPort());
    auto *form = new QFormLayout(this);
    form->addRow(tr("Listen on &address"), m_address);
    form->addRow(tr("&Port"), m_port);
    form->addRow(m_check);
    form->addRow(m_buttons);
    connect(m_address, &QLineEdit::textChanged, this, &SettingsDialog::check);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    check();
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
    store(address, quint16(m_port->value()));
    QDialog::accept();
}

} // namespace hb::ui
