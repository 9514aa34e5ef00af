#include "readonlytextview.h"

#include <QFontDatabase>

namespace hb::ui {

ReadOnlyTextView::ReadOnlyTextView(const QString &objectName, QWidget *parent)
    : QPlainTextEdit(parent)
{
    setObjectName(objectName);
    setReadOnly(true);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
}

} // namespace hb::ui
