// The rows model of the user and channels views under QAbstractItemModelTester: taking the newest
// rows again after a change inserts what is new at the top and changes the rest in place (so the
// selection and scroll position stay), resets only when the lists do not line up, and pages older
// rows in on request.
#include "community/userviewmodel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTest>

using hb::ui::UserViewCell;
using hb::ui::UserViewModel;
using hb::ui::UserViewRow;

namespace {

UserViewRow row(qint64 id, const QString &text = QString())
{
    UserViewCell cell;
    cell.text = text.isEmpty() ? QString::number(id) : text;
    UserViewCell link;
    link.text = QStringLiteral("#%1").arg(id * 10);
    link.link = true;
    return {id, id * 10, {cell, link}};
}

QList<UserViewRow> rows(std::initializer_list<qint64> ids)
{
    QList<UserViewRow> list;
    for (qint64 id : ids)
        list << row(id);
    return list;
}

QList<qint64> idsOf(const UserViewModel &model)
{
    QList<qint64> ids;
    for (int i = 0; i < model.rowCount(); ++i)
        ids << model.index(i, 0).data(UserViewModel::RowIdRole).toLongLong();
    return ids;
}

} // namespace

class TestUserViewModel : public QObject {
    Q_OBJECT

    std::unique_ptr<UserViewModel> m_model;

private slots:
    void init()
    {
        m_model = std::make_unique<UserViewModel>(
            QStringList{QStringLiteral("Text"), QStringLiteral("Delivery")});
        new QAbstractItemModelTester(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_model.get());
    }

    void newRowsArriveAtTheTopWithoutAReset()
    {
        m_model->setRows(rows({5, 4, 3}), false);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        const QPersistentModelIndex kept = m_model->index(1, 0); // row 4
        QList<UserViewRow> next = rows({7, 6, 5, 4, 3});
        next[3] = row(4, QStringLiteral("four, re-run since"));
        m_model->setRows(next, false);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(inserted.at(0).at(2).toInt(), 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(idsOf(*m_model), (QList<qint64>{7, 6, 5, 4, 3}));
        QCOMPARE(kept.row(), 3);
        QCOMPARE(kept.data().toString(), QStringLiteral("four, re-run since"));
    }

    void aShorterOrLongerTailIsRemovedOrAdded()
    {
        m_model->setRows(rows({5, 4, 3}), true);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        m_model->setRows(rows({6, 5}), true); // the newest page only
        QCOMPARE(idsOf(*m_model), (QList<qint64>{6, 5}));
        m_model->setRows(rows({6, 5, 4, 3, 2}), false);
        QCOMPARE(idsOf(*m_model), (QList<qint64>{6, 5, 4, 3, 2}));
        QCOMPARE(reset.size(), 0);
    }

    void listsThatDoNotLineUpReset()
    {
        m_model->setRows(rows({5, 4, 3}), false);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        m_model->setRows(rows({6, 4, 3}), false); // 5 was removed
        QCOMPARE(reset.size(), 1);
        QCOMPARE(idsOf(*m_model), (QList<qint64>{6, 4, 3}));
        m_model->setRows(rows({2, 1}), false); // another list altogether
        QCOMPARE(reset.size(), 2);
        m_model->setRows({}, false);
        QCOMPARE(m_model->rowCount(), 0);
    }

    void olderPagesAreAskedForOnceAndAppended()
    {
        QSignalSpy wanted(m_model.get(), &UserViewModel::moreWanted);
        m_model->setRows(rows({9, 8}), true);
        if (wanted.isEmpty()) { // the tester asks as soon as the model resets; else the view
            QVERIFY(m_model->canFetchMore({}));
            m_model->fetchMore({});
        }
        QCOMPARE(wanted.size(), 1);
        QCOMPARE(wanted.at(0).at(0).toLongLong(), 8);
        QVERIFY(!m_model->canFetchMore({})); // asked already
        m_model->fetchMore({});
        QCOMPARE(wanted.size(), 1);

        // Asked while the page goes in (views and testers hear of it), the next page would
        // repeat this one: it is asked for once the rows are in.
        connect(m_model.get(), &QAbstractItemModel::rowsAboutToBeInserted, this,
                [this] { m_model->fetchMore({}); });
        connect(m_model.get(), &QAbstractItemModel::rowsInserted, this,
                [this] { m_model->fetchMore({}); });
        m_model->appendRows(rows({7, 6}), true);
        QCOMPARE(wanted.size(), 1);
        QCOMPARE(idsOf(*m_model), (QList<qint64>{9, 8, 7, 6}));
        m_model->fetchMore({});
        QCOMPARE(wanted.size(), 2);
        QCOMPARE(wanted.at(1).at(0).toLongLong(), 6);
        m_model->appendRows(rows({5}), false);
        QVERIFY(!m_model->canFetchMore({}));
        QCOMPARE(idsOf(*m_model), (QList<qint64>{9, 8, 7, 6, 5}));
    }

    void cellsCarryTheirDeliveryAndLook()
    {
        m_model->setRows(rows({3}), false);
        QCOMPARE(m_model->index(0, 1).data(UserViewModel::DeliveryIdRole).toLongLong(), 30);
        QCOMPARE(m_model->index(0, 1).data().toString(), QStringLiteral("#30"));
        QVERIFY(m_model->index(0, 1).data(Qt::FontRole).value<QFont>().underline());
        QVERIFY(!m_model->index(0, 0).data(Qt::FontRole).isValid());
        QCOMPARE(m_model->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Delivery"));
    }
};

QTEST_MAIN(TestUserViewModel)
#include "test_userviewmodel.moc"
