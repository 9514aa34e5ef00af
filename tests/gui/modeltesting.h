#pragma once

// Every item model a GUI test drives is checked by QAbstractItemModelTester for as long as it
// lives: a model that breaks its contract (a bad parent(), a reset without its signals) fails
// the test that made it do so, not a later paint.
#include <QAbstractItemModel>
#include <QAbstractItemModelTester>
#include <QObject>
#include <QSortFilterProxyModel>

namespace modeltesting {

// Attaches a tester to `model` once; the tester is the model's child and goes with it.
inline void watch(QAbstractItemModel *model)
{
    if (!model
        || model->findChild<QAbstractItemModelTester *>(QString(), Qt::FindDirectChildrenOnly))
        return;
    new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 model);
}

// Watches the project's models under `root` (and the proxies over them); Qt's own internal
// models (combo boxes, list widgets) are Qt's to test.
inline void watchAll(QObject *root)
{
    const QList<QAbstractItemModel *> models = root->findChildren<QAbstractItemModel *>();
    for (QAbstractItemModel *model : models) {
        const QByteArray name = model->metaObject()->className();
        if (name.startsWith("hb::") || qobject_cast<QSortFilterProxyModel *>(model))
            watch(model);
    }
}

} // namespace modeltesting
