#include "policy/choicesdelegate.h"

#include <QComboBox>
#include <QSpinBox>

namespace lifeboat::ui {

ChoicesDelegate::ChoicesDelegate(int choicesRole, QObject *parent) : QStyledItemDelegate(parent), m_role(choicesRole) {}

QWidget *ChoicesDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                       const QModelIndex &index) const
{
    const QVariantList choices = index.data(m_role).toList();
    if (choices.isEmpty()) {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        // Any number goes in; the rules (not the widget) say what is wrong with it.
        if (auto *spin = qobject_cast<QSpinBox *>(editor)) spin->setRange(0, 99999);
        return editor;
    }
    auto *box = new QComboBox(parent);
    for (const QVariant &c : choices) {
        const QVariantList pair = c.toList();
        box->addItem(pair.value(1).toString(), pair.value(0));
    }
    // One click picks: the new value is written as soon as it is chosen.
    connect(box, &QComboBox::activated, this, [this, box] {
        emit const_cast<ChoicesDelegate *>(this)->commitData(box);
        emit const_cast<ChoicesDelegate *>(this)->closeEditor(box);
    });
    return box;
}

void ChoicesDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *box = qobject_cast<QComboBox *>(editor)) {
        box->setCurrentIndex(qMax(0, box->findData(index.data(Qt::EditRole))));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void ChoicesDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *box = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, box->currentData(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

}  // namespace lifeboat::ui
