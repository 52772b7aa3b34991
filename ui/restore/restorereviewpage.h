#pragma once
// The wizard's review: what will happen, in words (the target's data is deleted and it
// refuses writes until the restore ends), an estimate of the duration from past
// restores of similar size, the target cluster's name typed to enable Start whenever
// its data is replaced, and an optional reason kept in the local audit log.
#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace lifeboat::ui {

class RestoreWizard;

class RestoreReviewPage : public QWizardPage {
    Q_OBJECT
public:
    explicit RestoreReviewPage(RestoreWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;  // Start: submits the restore once

    QLineEdit *confirmEdit() const { return m_confirm; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *estimateLabel() const { return m_estimate; }
    bool needsTypedName() const;

private:
    RestoreWizard *m_wizard;
    QLabel *m_summary;
    QLabel *m_estimate;
    QLabel *m_confirmLabel;
    QLineEdit *m_confirm;
    QLabel *m_confirmHint;
    QLineEdit *m_reason;
};

}  // namespace lifeboat::ui
