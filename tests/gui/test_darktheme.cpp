// Themes (issue 16): the window on a store with a Success, a Failed, a Pending and a Skipped
// delivery, in our dark palette and in our light one, offscreen. On the Deliveries page every
// visible label, every cell of the table (the selected row included) and the header are readable
// by WCAG's measure (a contrast of 4.5:1 for text), and every status icon and navigation icon
// stands out from what is behind it (3:1, WCAG's measure for graphics). With
// HOOKBENCH_SCREENSHOTS=<folder> the window is saved there as 11-<theme>-theme.png
// (docs/screenshots/).
#include "deliveriesfixture.h"

#include "common/mainwindow.h"
#include "common/theme.h"
#include "deliveries/deliveriesmodel.h"
#include "deliveries/deliveriespage.h"
#include "deliveries/deliverydetailsview.h"

#include <QApplication>
#include <QDir>
#include <QHash>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QStyle>
#include <QTableView>
#include <QTest>

#include <cmath>
#include <utility>

using namespace hb::ui;

namespace {

// WCAG 2's relative luminance and contrast ratio.
double luminance(const QColor &colour)
{
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = colour.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF())
           + 0.0722 * channel(rgb.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

// The colour most pixels of `rect` in `image` have: what is behind a label's text.
QColor background(const QImage &image, const QRect &rect)
{
    QHash<QRgb, int> counts;
    const QRect inside = rect.intersected(image.rect());
    for (int y = inside.top(); y <= inside.bottom(); ++y) {
        for (int x = inside.left(); x <= inside.right(); ++x)
            ++counts[image.pixel(x, y) | 0xff000000];
    }
    QRgb most = 0;
    int mostCount = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > mostCount) {
            most = it.key();
            mostCount = it.value();
        }
    }
    return QColor::fromRgb(most);
}

// How far the icon stands out from `behind`: the contrast of its most distinct visible pixel,
// once painted over it as the view paints it.
double iconContrast(const QIcon &icon, const QIcon::Mode mode, const QColor &behind, int size)
{
    QImage image(size, size, QImage::Format_ARGB32);
    image.fill(behind);
    {
        QPainter painter(&image);
        icon.paint(&painter, image.rect(), Qt::AlignCenter, mode);
    }
    double best = 1.0;
    for (int y = 0; y < size; ++y) {
        for (int x = 0; x < size; ++x)
            best = qMax(best, contrast(QColor::fromRgb(image.pixel(x, y)), behind));
    }
    return best;
}

QString describe(const QColor &a, const QColor &b)
{
    return QStringLiteral("%1 on %2 (%3:1)").arg(a.name(), b.name()).arg(contrast(a, b), 0, 'f', 2);
}

} // namespace

class TestDarkTheme : public deliveriesfixture::Fixture {
    Q_OBJECT

private:
    QStringList m_problems;

    void require(bool readable, const QString &what)
    {
        if (!readable)
            m_problems << what;
    }

    // A delivery of each status: alice exists (Success), nobody does not (Failed), one left
    // unprocessed (Pending), and one whose for_each array is empty (Skipped).
    void storeDeliveries()
    {
        auto perItem = hb::mapping::WebhookConfig::fromJson(
            R"({"name": "Order items", "user": {"identifier": "email", "path": "/email"},
                "for_each": "/items"})",
            nullptr);
        QVERIFY2(perItem, qPrintable(perItem.error()));
        auto added = hb::store::WebhookRepository(*m_db).add(*perItem);
        QVERIFY2(added, qPrintable(added.error()));
        receive(m_deposits, R"({"email": "alice@example.com", "amount": 12.5, "bonus": 3})");
        receive(m_deposits, R"({"email": "nobody@example.com", "amount": 2, "bonus": 1})");
        receive(*added, R"({"items": []})");
        processAll();
        receive(m_deposits, R"({"email": "alice@example.com", "amount": 5, "bonus": 1})");
    }

    void checkLabels(QWidget *window, const QImage &image)
    {
        for (QLabel *label : window->findChildren<QLabel *>()) {
            if (!label->isVisible() || label->text().isEmpty() || !label->isEnabled())
                continue;
            // Only what is not clipped away (a scroll area's hidden part shows something else).
            const QRect visible = label->visibleRegion().boundingRect();
            if (visible.isEmpty())
                continue;
            const QRect rect(label->mapTo(window, visible.topLeft()) * image.devicePixelRatio(),
                             visible.size() * image.devicePixelRatio());
            const QColor text = label->palette().color(label->foregroundRole());
            const QColor behind = background(image, rect);
            require(contrast(text, behind) >= 4.5,
                    QStringLiteral("label %1 \"%2\": %3")
                        .arg(label->objectName(), label->text().left(40), describe(text, behind)));
        }
    }

    void checkTable(QTableView *table)
    {
        const QPalette palette = table->palette();
        QAbstractItemModel *model = table->model();
        const QModelIndexList selected = table->selectionModel()->selectedIndexes();
        const int iconSize = table->style()->pixelMetric(QStyle::PM_SmallIconSize);
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                const QModelIndex index = model->index(row, column);
                const bool isSelected = selected.contains(index);
                QColor behind = isSelected ? palette.color(QPalette::Highlight)
                                : table->alternatingRowColors() && row % 2
                                    ? palette.color(QPalette::AlternateBase)
                                    : palette.color(QPalette::Base);
                if (const QVariant brush = index.data(Qt::BackgroundRole); brush.isValid())
                    behind = brush.value<QBrush>().color();
                QColor text = isSelected ? palette.color(QPalette::HighlightedText)
                                         : palette.color(QPalette::Text);
                if (const QVariant brush = index.data(Qt::ForegroundRole);
                    brush.isValid() && !isSelected)
                    text = brush.value<QBrush>().color();
                const QString shown = index.data().toString();
                if (!shown.isEmpty())
                    require(contrast(text, behind) >= 4.5,
                            QStringLiteral("row %1 column %2 \"%3\": %4")
                                .arg(row)
                                .arg(column)
                                .arg(shown.left(30), describe(text, behind)));
                // Each status icon on its row, and on the highlight as it would be if selected.
                const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
                if (icon.isNull())
                    continue;
                const QColor highlight = palette.color(QPalette::Highlight);
                for (const auto &[mode, under] :
                     {std::pair{isSelected ? QIcon::Selected : QIcon::Normal, behind},
                      std::pair{QIcon::Selected, highlight}}) {
                    const double stands = iconContrast(icon, mode, under, iconSize);
                    require(stands >= 3.0, QStringLiteral("the %1 icon on %2: %3:1")
                                               .arg(shown, under.name())
                                               .arg(stands, 0, 'f', 2));
                }
            }
        }
        const QPalette header = table->horizontalHeader()->palette();
        require(
            contrast(header.color(QPalette::ButtonText), header.color(QPalette::Button)) >= 4.5,
            QStringLiteral("the table's header: %1")
                .arg(describe(header.color(QPalette::ButtonText), header.color(QPalette::Button))));
    }

    void checkNavigation(QListWidget *navigation)
    {
        const QPalette palette = navigation->palette();
        const int size = navigation->iconSize().width();
        for (int row = 0; row < navigation->count(); ++row) {
            QListWidgetItem *item = navigation->item(row);
            const bool isSelected = item->isSelected();
            const QColor behind = palette.color(isSelected ? QPalette::Highlight : QPalette::Base);
            const QColor text =
                palette.color(isSelected ? QPalette::HighlightedText : QPalette::Text);
            require(
                contrast(text, behind) >= 4.5,
                QStringLiteral("navigation \"%1\": %2").arg(item->text(), describe(text, behind)));
            const double stands = iconContrast(
                item->icon(), isSelected ? QIcon::Selected : QIcon::Normal, behind, size);
            require(stands >= 3.0, QStringLiteral("the navigation icon of %1 on %2: %3:1")
                                       .arg(item->text(), behind.name())
                                       .arg(stands, 0, 'f', 2));
        }
    }

private slots:
    void initTestCase()
    {
        isolateSettings(QStringLiteral("test_darktheme"));
        // The platform's own style draws with the palette it is given; Fusion is the one every
        // machine has, so that the screenshots look the same wherever they are made.
        QApplication::setStyle(QStringLiteral("Fusion"));
    }
    void init() { start(); }
    void cleanup()
    {
        Theme::apply(Theme::FollowSystem);
        stop();
    }

    void deliveriesPageIsReadable_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("name");
        QTest::newRow("dark") << int(Theme::Dark) << QStringLiteral("dark");
        QTest::newRow("light") << int(Theme::Light) << QStringLiteral("light");
    }

    void deliveriesPageIsReadable()
    {
        QFETCH(int, mode);
        QFETCH(QString, name);
        storeDeliveries();
        Theme::apply(Theme::Mode(mode));
        std::unique_ptr<MainWindow> window = designerfixture::showWindow(m_store->path());
        QVERIFY(window);
        window->resize(1200, 760);
        window->showPage(MainWindow::DeliveriesPageIndex);
        DeliveriesPage *page = window->deliveriesPage();
        QVERIFY(QTest::qWaitFor([page] {
            return !page->isLoading() && page->model()->rowCount() == 4
                   && page->model()->index(0, 0).data(DeliveriesModel::LoadedRole).toBool();
        }));
        QSet<QString> statuses;
        int failedRow = -1;
        for (int row = 0; row < page->model()->rowCount(); ++row) {
            const QString status =
                page->model()->index(row, 0).data(DeliveriesModel::StatusRole).toString();
            statuses << status;
            if (status == QLatin1String("failed"))
                failedRow = row;
        }
        QCOMPARE(statuses, (QSet<QString>{QStringLiteral("success"), QStringLiteral("failed"),
                                          QStringLiteral("pending"), QStringLiteral("skipped")}));
        // The Failed one open, as support staff look at it: its reason and next step show.
        page->table()->selectRow(failedRow);
        const qint64 failedId =
            page->model()->index(failedRow, 0).data(DeliveriesModel::IdRole).toLongLong();
        QVERIFY(QTest::qWaitFor(
            [&] { return !page->isLoading() && page->detailsView()->deliveryId() == failedId; }));
        QTest::qWait(100);

        const QImage image = window->grab().toImage();
        QVERIFY(!image.isNull());
        // The palette reached the window: its background is the theme's, not the platform's.
        const QPalette expected =
            mode == Theme::Dark ? Theme::darkPalette() : Theme::lightPalette();
        QCOMPARE(window->palette().color(QPalette::Window), expected.color(QPalette::Window));

        m_problems.clear();
        checkLabels(window.get(), image);
        checkTable(page->table());
        checkNavigation(window->findChild<QListWidget *>(QStringLiteral("navigation")));
        QVERIFY2(m_problems.isEmpty(),
                 qPrintable(QStringLiteral("hard to read in the %1 theme:\n  %2")
                                .arg(name, m_problems.join(QStringLiteral("\n  ")))));

        const QString folder = qEnvironmentVariable("HOOKBENCH_SCREENSHOTS");
        if (!folder.isEmpty()) {
            QVERIFY(QDir().mkpath(folder));
            const QString path = QDir(folder).filePath(QStringLiteral("11-%1-theme.png").arg(name));
            QVERIFY2(image.save(path), qPrintable(path));
            qInfo("saved %s", qPrintable(path));
        }
    }
};

QTEST_MAIN(TestDarkTheme)
#include "test_darktheme.moc"
