#include <QtTest>
class TestImport : public QObject { Q_OBJECT private Q_SLOTS: void dummy() {} };
QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
