#pragma once

#include "common/result.h"
#include "data/importer.h"

#include <QObject>
#include <QTemporaryDir>

/// Tests of core/data's XLSX and SQLite importers, format detection and import dispatch.
/// Fixtures are in tests/import/data, written by make_fixtures.py; expected values are the
/// ones the generator wrote (and checked by reading them back with openpyxl).
class TestImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    // tst_import.cpp: format names, detection, dispatch
    void fileFormatNames();
    void defaultNaTokens();
    void detectFileFormat_data();
    void detectFileFormat();
    void importFileErrors_data();
    void importFileErrors();
    void importFileDispatch();
    void deduplicateNames_data();
    void deduplicateNames();

    // xlsx_tests.cpp
    void excelSerial_data();
    void excelSerial();
    void dateFormatCode_data();
    void dateFormatCode();
    void builtinDateFormat();
    void xlsxShape_data();
    void xlsxShape();
    void xlsxSharedStrings();
    void xlsxBooleans();
    void xlsxDates();
    void xlsxSparse();
    void xlsxSheets();
    void xlsxUnknownSheet_data();
    void xlsxUnknownSheet();
    void xlsxEmptySheet();
    void xlsxHeaderOnly();
    void xlsxDuplicateHeaders();
    void xlsxSingleRow();
    void xlsxErrorCells();
    void xlsxRichText();
    void xlsxInline1904();
    void xlsxChinese();
    void xlsxBroken_data();
    void xlsxBroken();
    void xlsxFuzz();
    void xlsxMaxRows_data();
    void xlsxMaxRows();
    void xlsxOptions();
    void xlsxCancelBeforeStart();
    void xlsxCancelWhileReading();
    void xlsxProgress();

    // sqlite_tests.cpp
    void singleSelect_data();
    void singleSelect();
    void singleSelectStatement_data();
    void singleSelectStatement();
    void sqliteListTables_data();
    void sqliteListTables();
    void sqliteTable();
    void sqliteViewAndQuotedNames_data();
    void sqliteViewAndQuotedNames();
    void sqliteQuery_data();
    void sqliteQuery();
    void sqliteRejected_data();
    void sqliteRejected();
    void sqliteBadSql_data();
    void sqliteBadSql();
    void sqliteChooseTable_data();
    void sqliteChooseTable();
    void sqliteEmptyAndSingleRow();
    void sqliteMaxRows();
    void sqliteCancel();
    void sqliteWorkerThreads();

private:
    QTemporaryDir m_tmp;
};

// Helpers (import_helpers.cpp).
QString fixture(const QString& name);
/// ms since the epoch of a UTC date and time: computed by Qt, independently of the readers.
qint64 utcMs(int y, int mo, int d, int h = 0, int mi = 0, int s = 0, int ms = 0);
/// "numeric,categorical,..." for the table's columns.
QString columnTypes(const pp::Table& table);
/// The column's values as shown to users, missing as "<NA>".
QStringList displayValues(const pp::Column& column);
int countWarnings(const std::vector<pp::Warning>& warnings, const QString& kind);
