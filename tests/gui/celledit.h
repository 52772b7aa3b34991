#pragma once
// Types a number into an item view's cell as a user does: click it, open its spin box
// editor (double click), select, type, Enter (GUI tests).
#include <QSpinBox>
#include <QTableView>
#include <QtTest>

inline QSpinBox *visibleSpinEditor(QAbstractItemView *view)
{
    auto *editor = view->viewport()->findChild<QSpinBox *>();
    return editor && editor->isVisible() ? editor : nullptr;
}

inline void typeIntoCell(QAbstractItemView *view, const QModelIndex &idx, const QString &text)
{
    view->scrollTo(idx);
    if (view->currentIndex() != idx)
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(idx).center());
    if (!visibleSpinEditor(view))
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(idx).center());
    QSpinBox *editor = nullptr;
    QTRY_VERIFY((editor = visibleSpinEditor(view)));
    editor->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(!visibleSpinEditor(view));
}
