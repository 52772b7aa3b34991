#pragma once
// Edits a cell whose model offers choices (PolicyItemsModel::ChoicesRole: a list of
// {value, text} pairs) with a combo box; other cells get the default editors.
#include <QStyledItemDelegate>

namespace lifeboat::ui {

class ChoicesDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    ChoicesDelegate(int choicesRole, QObject *parent = nullptr);
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    int m_role;
};

}  // namespace lifeboat::ui
