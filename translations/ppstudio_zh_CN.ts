<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>main</name>
    <message>
        <location filename="../app/main_gui.cpp" line="+42"/>
        <source>Purchasing Power Studio</source>
        <translation>购买力分析工作室</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Explore e-commerce customer data and predict purchasing power.</source>
        <translation>探索电商客户数据，预测购买力。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open FILE at start-up.</source>
        <translation>启动时打开 FILE。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show page NAME: %1.</source>
        <translation>显示页面 NAME：%1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a 1280×800 picture of every page to DIR/&lt;page&gt;.png once all work has finished, then quit.</source>
        <translation>在所有任务完成后，将每个页面的 1280×800 截图保存为 DIR/&lt;页面&gt;.png，然后退出。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use language LANG for this run: zh_CN or en.</source>
        <translation>本次运行使用语言 LANG：zh_CN 或 en。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A data file to open.</source>
        <translation>要打开的数据文件。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ppstudio: unknown page &apos;%1&apos; (expected one of: %2)</source>
        <translation>ppstudio：未知页面“%1”（可选：%2）</translation>
    </message>
</context>
<context>
    <name>pp::AdvancedStep</name>
    <message>
        <location filename="../core/prep/advanced_step.cpp" line="+121"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the step is not fitted yet; fit it on the training rows first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no column chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>column &apos;%1&apos; is not in the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>column &apos;%1&apos; is %2, not numeric; convert or encode it first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::BasicStep</name>
    <message>
        <location filename="../core/prep/basic_step.cpp" line="+41"/>
        <source>unknown parameter &apos;%1&apos;. Known parameters: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the step has not been fitted yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+117"/>
        <source>column &apos;%1&apos; is not in the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>column &apos;%1&apos; is %2; this step needs %3 values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/prep/basic_step_helpers.cpp" line="+218"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>no columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::BinStep</name>
    <message numerus="yes">
        <location filename="../core/prep/transform_steps.cpp" line="+181"/>
        <source>Bin %1 into %n equal-count bins</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Bin %1 into %n equal-width bins</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numeric columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numeric columns to bin; none chosen = every numeric feature column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Equal width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Equal count (quantiles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equal width splits the training range evenly; quantile bins hold about the same number of training rows (bins that would be empty are merged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of bins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How many bins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bin number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bin label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bin numbers 0, 1, 2… (numeric), or labels such as &quot;[20, 30)&quot; (categorical). Values below or above the training range fall into the first or last bin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&apos;%1&apos; has fewer than two distinct training values; it becomes one bin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+71"/>
        <source>the fitted column list is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the bin edges of &apos;%1&apos; are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Bin numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cuts a numeric column into bins with edges learned on the training rows (equal width or equal count).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::CellTableBuilder</name>
    <message>
        <location filename="../core/data/cell_table_builder.cpp" line="+128"/>
        <source>Column name &apos;%1&apos; appears more than once; this one is called &apos;%2&apos;.</source>
        <translation>列名“%1”出现了多次；此列已重命名为“%2”。</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>A type was chosen for column &apos;%1&apos;, but there is no such column.</source>
        <translation>为列“%1”指定了类型，但不存在该列。</translation>
    </message>
</context>
<context>
    <name>pp::ChangeTypeStep</name>
    <message>
        <location filename="../core/prep/column_steps.cpp" line="+193"/>
        <source>Convert %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>(%n value(s) could not be converted in training)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The columns to convert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values that cannot be converted become missing; the step counts them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>choose at least one column to convert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>%n value(s) of &apos;%1&apos; could not be converted and are now missing.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the fitted column list is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Change type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Converts columns to numbers, categories, yes/no values, dates or text; values that do not convert become missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::ChartView</name>
    <message>
        <location filename="../ui/charts/chart_view.cpp" line="+82"/>
        <location line="+15"/>
        <source>Cannot write &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image (*.png);;SVG vector image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export as PNG or SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset zoom</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::ClassWeightsStep</name>
    <message>
        <location filename="../core/prep/resample_steps.cpp" line="+456"/>
        <source>Keeps every row and gives rows of rare classes more weight in training (balanced weights in a __weight__ column).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Balanced class weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1: %2 (%3 rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 for %2 in column %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/prep/resample_steps.h" line="+150"/>
        <source>Class weights</source>
        <translation>类别权重</translation>
    </message>
</context>
<context>
    <name>pp::ClipOutliersStep</name>
    <message>
        <location filename="../core/prep/outlier_steps.cpp" line="+167"/>
        <source>Clip outliers (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clip %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Clip outliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caps values outside bounds learned on the training rows (IQR fences, z-scores or percentiles) at those bounds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::Column</name>
    <message>
        <location filename="../core/data/column.cpp" line="+64"/>
        <source>Numeric</source>
        <translation>数值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Categorical</source>
        <translation>分类</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Boolean</source>
        <translation>布尔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date/time</source>
        <translation>日期/时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Feature</source>
        <translation>特征</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identifier</source>
        <translation>标识符</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ignored</source>
        <translation>忽略</translation>
    </message>
</context>
<context>
    <name>pp::ColumnListModel</name>
    <message>
        <location filename="../ui/models/column_list_model.cpp" line="+51"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Looks like an identifier: not used as a model feature by default</source>
        <translation>看起来像标识符：默认不作为模型特征</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 of %2 values missing</source>
        <translation>%2 个值中缺失 %1 个</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
</context>
<context>
    <name>pp::CombineStep</name>
    <message>
        <location filename="../core/prep/construct_steps.cpp" line="+35"/>
        <source>A new column from two numeric columns: product, sum, difference, quotient or a safe ratio that gives a missing value (or a chosen number) when dividing by zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The left operand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The right operand (the denominator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>multiply (a × b)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>divide (a ÷ b, ±∞ when b is 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>add (a + b)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subtract (a − b)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ratio (a ÷ b, safe when b is 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to combine the two columns. &apos;divide&apos; follows pandas: dividing by zero gives infinity; &apos;ratio&apos; gives a missing value or the fill value instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>missing value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fill value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When the denominator is 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ratio only: what a row whose second column is 0 gets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ratio only: the value used when the denominator is 0 and &apos;fill value&apos; is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New column name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the new column; empty gives &lt;first&gt;_&lt;operator&gt;_&lt;second&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1 = %2 %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (%1 when %2 is 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (missing when %1 is 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/prep/construct_steps.h" line="+20"/>
        <source>Combine two columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::CsvReader</name>
    <message>
        <location filename="../core/data/mapped_file.cpp" line="+37"/>
        <source>It is a folder, not a file.</source>
        <translation>这是一个文件夹，而不是文件。</translation>
    </message>
    <message>
        <location filename="../core/data/csv_reader.cpp" line="+327"/>
        <location line="+433"/>
        <source>A quoted field starts here but its closing quote is missing.</source>
        <translation>此处开始了一个带引号的字段，但缺少结束引号。</translation>
    </message>
    <message>
        <location line="-423"/>
        <source>This row has %1 fields but the header has %2.</source>
        <translation>此行有 %1 个字段，但标题行有 %2 个。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 fields instead of %2; row skipped.</source>
        <translation>有 %1 个字段而非 %2 个；已跳过该行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 fields instead of %2; missing fields left empty.</source>
        <translation>有 %1 个字段而非 %2 个；缺少的字段留空。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 fields instead of %2; extra fields dropped.</source>
        <translation>有 %1 个字段而非 %2 个；多余的字段已丢弃。</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>Column name &apos;%1&apos; appears more than once; this one is called &apos;%2&apos;.</source>
        <translation>列名“%1”出现了多次；此列已重命名为“%2”。</translation>
    </message>
    <message numerus="yes">
        <location line="+220"/>
        <location line="+245"/>
        <source>%n value(s) of column &apos;%1&apos; could not be read as %2 and are treated as missing.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="-179"/>
        <location line="+286"/>
        <location line="+16"/>
        <source>The file is empty: there is nothing to import.</source>
        <translation>文件为空：没有可导入的内容。</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>Column &apos;%1&apos; looked numeric, but this row holds &apos;%2&apos;; the column is read as text. Set its type to numeric to treat such values as missing.</source>
        <translation>列“%1”看起来是数值，但此行的值为“%2”，因此该列按文本读取。将其类型设为数值，即可把这类值视为缺失。</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n more row(s) had a different number of fields.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Some bytes are not valid UTF-8 and were replaced. If the text looks wrong, choose the file&apos;s encoding in the import options.</source>
        <translation>部分字节不是有效的 UTF-8，已被替换。如果文本显示不正确，请在导入选项中选择文件的编码。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Unknown encoding &apos;%1&apos;.</source>
        <translation>未知编码“%1”。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This is not a text file (it contains binary data). Choose a CSV/TSV text file, an Excel .xlsx workbook or an SQLite database.</source>
        <translation>这不是文本文件（包含二进制数据）。请选择 CSV/TSV 文本文件、Excel .xlsx 工作簿或 SQLite 数据库。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Decoding %1</source>
        <translation>正在解码 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The encoding could not be recognised with certainty; the file was read as Windows-1252. If the text looks wrong, choose the encoding in the import options.</source>
        <translation>无法确定文件编码，已按 Windows-1252 读取。如果文本显示不正确，请在导入选项中选择编码。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Reading %1</source>
        <translation>正在读取 %1</translation>
    </message>
</context>
<context>
    <name>pp::CsvWriter</name>
    <message>
        <location filename="../core/data/csv_writer.cpp" line="+184"/>
        <location line="+31"/>
        <source>Writing CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-17"/>
        <source>can&apos;t write the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::DataPage</name>
    <message>
        <location filename="../ui/pages/data_page.cpp" line="+44"/>
        <location line="+182"/>
        <source>Open File…</source>
        <translation>打开文件…</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>Show the warnings of the import</source>
        <translation>显示导入时的警告</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>All supported files (*.csv *.tsv *.txt *.xlsx *.db *.sqlite *.sqlite3)</source>
        <translation>所有支持的文件 (*.csv *.tsv *.txt *.xlsx *.db *.sqlite *.sqlite3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delimited text (*.csv *.tsv *.txt)</source>
        <translation>分隔符文本 (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite databases (*.db *.sqlite *.sqlite3)</source>
        <translation>SQLite 数据库 (*.db *.sqlite *.sqlite3)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open Data File</source>
        <translation>打开数据文件</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import Data File</source>
        <translation>导入数据文件</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+65"/>
        <source>Open File</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Error opening &apos;%1&apos;:
%2</source>
        <translation>打开“%1”时出错：
%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading %1. Progress is shown in the status bar.</source>
        <translation>正在读取 %1，进度显示在状态栏中。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No data loaded</source>
        <translation>尚未加载数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a CSV, Excel or SQLite file with customer data, or drop one on this window.</source>
        <translation>打开包含客户数据的 CSV、Excel 或 SQLite 文件，或将文件拖放到此窗口。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recent files</source>
        <translation>最近使用的文件</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&apos;%1&apos; was loaded, with %2 warnings.</source>
        <translation>已加载“%1”，但有 %2 条警告。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some rows or cells were not read as expected. The details list them; the Warnings button above the table shows them again.</source>
        <translation>部分行或单元格未按预期读取。详细信息中列出了这些问题；也可以随时点击表格上方的“警告”按钮再次查看。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 rows × %2 columns</source>
        <translation>%1 行 × %2 列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loaded in %1</source>
        <translation>加载用时 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in memory</source>
        <translation>占用内存 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warnings: %1</source>
        <translation>警告：%1</translation>
    </message>
</context>
<context>
    <name>pp::DatePartsStep</name>
    <message>
        <location filename="../core/prep/construct_steps.cpp" line="+113"/>
        <source>Year, month, day, weekday, day of year, hour and days since a reference date, as numeric columns a model can use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Date column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The date/time column to take apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any of year, month, day, weekday (Monday = 0), dayofyear, hour, days_since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For days_since, e.g. 2024-01-31. Empty: the latest date in the training rows, fixed when the step is fitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop the date column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the original column after extracting the parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown date part &apos;%1&apos;; use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+38"/>
        <source>column &apos;%1&apos; is %2, not a date/time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-36"/>
        <source>choose at least one date part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>reference date &apos;%1&apos; is not a date like 2024-01-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>column &apos;%1&apos; has no dates in the training rows to take the reference date from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+76"/>
        <source>the saved state has no reference date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; days since counted to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/prep/construct_steps.h" line="+51"/>
        <source>Date parts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::Design</name>
    <message>
        <location filename="../core/ml/design.cpp" line="+69"/>
        <source>The saved model has an unknown task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The target column &apos;%1&apos; is not in the prepared data (was it dropped or renamed by a pipeline step?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The column &apos;%1&apos; is still categorical. Add an encoding step (one-hot, ordinal, frequency or target encoding) or drop the column in the pipeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The column &apos;%1&apos; holds free text. Add a text step (bag of words / TF-IDF) or drop the column in the pipeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The column &apos;%1&apos; holds dates. Add a date-parts step or drop the column in the pipeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No feature columns are left after the pipeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The target &apos;%1&apos; is %2; %3 needs a numeric target. Choose a classification task or change the column&apos;s type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The target &apos;%1&apos; has fewer than two classes in the training rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The target &apos;%1&apos; has %2 classes; choose multiclass classification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The column &apos;%1&apos; that the model was trained with is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The column &apos;%1&apos; should be numeric but is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The target column &apos;%1&apos; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::DropCorrelatedStep</name>
    <message>
        <location filename="../core/prep/select_steps.cpp" line="+398"/>
        <source>Of each pair of strongly correlated features, keeps the one more related to the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Threshold |r|</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pairs whose absolute Pearson correlation on the training rows is above this lose one of their two columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The columns to consider; empty means every numeric feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>r = %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Drop one of each pair with |r| &gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/prep/select_steps.h" line="+99"/>
        <source>Drop correlated features</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::DropMissingRowsStep</name>
    <message>
        <location filename="../core/prep/missing_steps.cpp" line="+35"/>
        <source>any column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop rows where all of %1 are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop rows with a missing value in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(%n training row(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>— training rows only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The columns to look at; none chosen = every column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drop when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop a row when any of the columns is missing, or only when all of them are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training rows only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop rows only while fitting; validation, test and new data keep every row (so that every customer still gets a prediction; impute afterwards).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>%n row(s) with missing values were dropped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the fitted column list is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+196"/>
        <source>Drop rows with missing values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removes rows that have missing values in the chosen columns. Applied to every data set unless &apos;training rows only&apos; is set.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::DropOutliersStep</name>
    <message>
        <location filename="../core/prep/outlier_steps.cpp" line="-44"/>
        <source>training rows only; other data keeps every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop outlier rows (%1) — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop rows outside %1 (%2) — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n outlier row(s) were dropped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Drop outlier rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removes training rows with values outside bounds learned on the training rows. Only training rows are dropped: validation, test and new data keep every row so every customer is scored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::DropSparseColumnsStep</name>
    <message>
        <location filename="../core/prep/missing_steps.cpp" line="-157"/>
        <source>Drop columns with more than %1% missing values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop columns with more than %1% missing values (none in training)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop %1 (more than %2% missing in training)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Missing share above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns whose share of missing training values is above this are dropped (0.5 = more than half missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns to consider; none chosen = every feature column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>the list of dropped columns is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the missing shares are incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Drop mostly-missing columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removes columns whose share of missing values in the training rows is above a threshold.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::EigenModel</name>
    <message>
        <location filename="../core/ml/eigen_model.cpp" line="+50"/>
        <source>There are no rows to train on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The target has %1 rows but the features have %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The model &apos;%1&apos; expects one target column, got %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The model &apos;%1&apos; cannot use missing values, and feature &apos;%2&apos; has some. Fill them in first (Prepare page) or choose a tree model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The target has missing values; drop those rows first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Row %1 has class index %2, outside 0..%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Multi-label targets must be 0 or 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There are %1 sample weights for %2 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sample weights must be finite and not negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sample weights are all zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+15"/>
        <source>The model &apos;%1&apos; has not been trained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The model was trained on %1 features but got %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The model &apos;%1&apos; cannot use missing values, and feature %2 has some.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This is not a Purchasing Power Studio model file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model file was written by a newer version of the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model file holds a &apos;%1&apos; model for %2, not a &apos;%3&apos; model for %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::ElasticNet</name>
    <message>
        <location filename="../core/ml/elastic_net.cpp" line="+34"/>
        <source>Regularisation (alpha)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regularisation strength: larger values shrink coefficients towards zero and set more of them exactly to zero, keeping only the strongest features. Too large and every coefficient is zero; try 0.001-1 on standardised features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overall regularisation strength: larger values shrink coefficients towards zero and reduce overfitting. Try 0.001-1 on standardised features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>L1 ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mix of the two penalties: 1 is pure lasso (sets coefficients to zero, selects features), 0 is pure ridge (shrinks all coefficients, keeps correlated features together). Values in between do some of both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Lasso regression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linear regression that sets the coefficients of unhelpful features to exactly zero, so it also picks the features that matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Elastic net regression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linear regression with a mix of lasso and ridge penalties: drops unhelpful features like lasso while keeping groups of correlated features together like ridge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+110"/>
        <source>The solver did not converge in %1 iterations (duality gap %2, tolerance %3). Increase max_iter or tol, or standardise the features.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::ElementwiseStep</name>
    <message>
        <location filename="../core/prep/transform_steps.cpp" line="-330"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numeric columns to transform; none chosen = every numeric feature column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop with an error</source>
        <translation>报错并停止</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make them missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values outside the domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do with values the function is not defined for, in training and in new data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>numeric columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the fitted column list is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::Encoding</name>
    <message>
        <location filename="../core/data/encoding.cpp" line="+184"/>
        <source>The encoding &apos;%1&apos; is not supported.</source>
        <translation>不支持编码“%1”。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The file ends in the middle of a %1 character.</source>
        <translation>文件在一个 %1 字符的中间结束。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Byte offset %1 is not valid %2 text. Choose another encoding in the import options.</source>
        <translation>字节偏移 %1 处不是有效的 %2 文本。请在导入选项中选择其他编码。</translation>
    </message>
</context>
<context>
    <name>pp::ExplorePage</name>
    <message>
        <location filename="../ui/pages/explore_page.cpp" line="+26"/>
        <source>No data yet</source>
        <translation>尚无数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load a dataset on the Data page first.</source>
        <translation>请先在“数据”页面加载数据集。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the Data Page</source>
        <translation>前往“数据”页面</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Explore</source>
        <translation>探索</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This page will let you explore %1 with charts: the distribution of every column, relationships between pairs of columns, correlations and how customer groups differ.</source>
        <translation>此页面将让您用图表探索 %1：每一列的分布、列与列之间的关系、相关性，以及不同客户群体之间的差异。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coming in a later version.</source>
        <translation>将在后续版本中提供。</translation>
    </message>
</context>
<context>
    <name>pp::Expression</name>
    <message>
        <location filename="../core/prep/expression.cpp" line="+60"/>
        <source>the expression is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unmatched &apos;)&apos; at position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+303"/>
        <source>unexpected &apos;%1&apos; at position %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-262"/>
        <source>bad number &apos;%1&apos; at position %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>missing &apos;]&apos; for the column name at position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>unexpected character &apos;%1&apos; at position %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+129"/>
        <source>unknown column &apos;%1&apos; at position %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>unknown function &apos;%1&apos; at position %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+37"/>
        <source>missing &apos;)&apos; at position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-31"/>
        <source>at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1() takes %2 argument(s), got %3, at position %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>unexpected end of expression at position %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::ExpressionStep</name>
    <message>
        <location filename="../core/prep/construct_steps.cpp" line="+9"/>
        <source>A new column from a formula such as [Order Total] / max(visits, 1) or if(age &gt;= 30, log1p(income), 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns by name or in [brackets]; numbers; + - * / ^; comparisons; and, or; log, log1p, exp, sqrt, abs, min, max, if(condition, then, else). A missing value anywhere in a row&apos;s calculation makes the result missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New column name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the column that receives the result; a column of that name is replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the new column needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/prep/construct_steps.h" line="+25"/>
        <source>Expression</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::FrequencyStep</name>
    <message>
        <location filename="../core/prep/encode_steps.cpp" line="+163"/>
        <source>Replace the categories of %1 by their share of training rows; unknown → 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>categorical columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns to encode; none chosen = every categorical feature column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+72"/>
        <source>the fitted column list is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the shares of &apos;%1&apos; are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Frequency encode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replaces each category by the share of training rows that have it; categories not seen in training become 0.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::GaussianNB</name>
    <message>
        <location filename="../core/ml/gaussian_nb.cpp" line="+30"/>
        <source>Naive Bayes (Gaussian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Treats each feature as an independent bell curve per class. Trains instantly and works with few rows; its probabilities tend to be overconfident when features are correlated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Variance smoothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the largest feature variance added to every variance. Keeps near-constant features from dominating; raise it (e.g. 1e-3) if probabilities are all 0 or 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>A feature is constant within a class and var_smoothing is 0; raise var_smoothing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::IForestDropStep</name>
    <message>
        <location filename="../core/prep/iforest_step.cpp" line="+31"/>
        <source>training rows only; other data keeps every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drop the %1% most anomalous rows (Isolation Forest) — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop anomalous rows (Isolation Forest): nothing to learn from in training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop rows with an Isolation Forest score above %1 (about %2% of training rows, on %3) — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Trees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of isolation trees (n_estimators).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rows per tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows drawn for each tree (max_samples); 256 is the paper&apos;s choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numeric columns the forest looks at; none chosen = every numeric feature column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share to drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The share of training rows expected to be anomalous; the most anomalous this share are dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>needs at least two rows and one numeric column; no rows are dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the saved forest does not match the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n anomalous row(s) were dropped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the fitted column list is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the fitted medians are incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Drop anomalies (Isolation Forest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removes the training rows that an Isolation Forest finds most unusual across several numeric columns. Only training rows are dropped: other data keeps every row.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::ImportDialog</name>
    <message>
        <location filename="../ui/dialogs/import_dialog.cpp" line="+53"/>
        <source>comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pipe</source>
        <translation>竖线</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>space</source>
        <translation>空格</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delimited text</source>
        <translation>分隔符文本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook</source>
        <translation>Excel 工作簿</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+56"/>
        <source>SQLite database</source>
        <translation>SQLite 数据库</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+86"/>
        <location line="+11"/>
        <location line="+25"/>
        <source>Auto-detect</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Import Options — %1</source>
        <translation>导入选项 — %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Auto-detect (%1)</source>
        <translation>自动检测（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delimited text (CSV, TSV, TXT)</source>
        <translation>分隔符文本（CSV、TSV、TXT）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Table:</source>
        <translation>数据表：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Query:</source>
        <translation>查询：</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>GB18030 (Simplified Chinese)</source>
        <translation>GB18030（简体中文）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GBK (Simplified Chinese)</source>
        <translation>GBK（简体中文）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latin-1 (Western European)</source>
        <translation>Latin-1（西欧）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Comma ( , )</source>
        <translation>逗号（ , ）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon ( ; )</source>
        <translation>分号（ ; ）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipe ( | )</source>
        <translation>竖线（ | ）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other…</source>
        <translation>其他…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delimiter:</source>
        <translation>分隔符：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Double quote ( &quot; )</source>
        <translation>双引号（ &quot; ）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Single quote ( &apos; )</source>
        <translation>单引号（ &apos; ）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote character:</source>
        <translation>引号字符：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First row holds the column names</source>
        <translation>首行为列名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No header row</source>
        <translation>无标题行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header:</source>
        <translation>标题行：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lines to skip at the top of the file, before the header</source>
        <translation>在标题行之前、文件开头要跳过的行数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip lines:</source>
        <translation>跳过行数：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Values</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decimal comma (3,14)</source>
        <translation>逗号作小数点（3,14）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thousands separators (1,234,567)</source>
        <translation>千位分隔符（1,234,567）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cell texts read as missing values, separated by commas. Empty cells are always missing.</source>
        <translation>视为缺失值的单元格文本，用逗号分隔。空单元格始终视为缺失。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Defaults</source>
        <translation>默认值</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Missing values:</source>
        <translation>缺失值标记：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pad with missing values</source>
        <translation>用缺失值补齐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip the row</source>
        <translation>跳过该行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop with an error</source>
        <translation>报错并停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do with rows that have more or fewer fields than the header</source>
        <translation>字段数多于或少于标题行的行如何处理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows of wrong length:</source>
        <translation>长度不符的行：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Column types</source>
        <translation>列类型</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&lt;b&gt;Preview&lt;/b&gt; (first %1 rows)</source>
        <translation>&lt;b&gt;预览&lt;/b&gt;（前 %1 行）</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The file cannot be read with these options:
%1</source>
        <translation>无法使用这些选项读取文件：
%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Format: %1</source>
        <translation>格式：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>encoding: %1</source>
        <translation>编码：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delimiter: %1</source>
        <translation>分隔符：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>header row: yes</source>
        <translation>标题行：有</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>header row: no</source>
        <translation>标题行：无</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>decimal comma</source>
        <translation>逗号作小数点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sheet: %1</source>
        <translation>工作表：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>table: %1</source>
        <translation>数据表：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>columns: %1</source>
        <translation>列数：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first %1 rows shown</source>
        <translation>显示前 %1 行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rows: %1</source>
        <translation>行数：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warnings in the preview rows: %1</source>
        <translation>预览行中的警告：%1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Auto (%1)</source>
        <translation>自动（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
</context>
<context>
    <name>pp::Importer</name>
    <message>
        <location filename="../core/data/csv_reader.cpp" line="-9"/>
        <source>Cannot open the file: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <location filename="../core/data/importer.cpp" line="+18"/>
        <source>Cannot open &apos;%1&apos;: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a folder, not a file.</source>
        <translation>这是一个文件夹，而不是文件。</translation>
    </message>
</context>
<context>
    <name>pp::ImputeStep</name>
    <message>
        <location filename="../core/prep/impute_step.cpp" line="+75"/>
        <source>Impute %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Impute missing values (no columns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 with %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Impute %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>and %n more column(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns to fill; none chosen = every numeric, categorical, yes/no and date feature column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mean</source>
        <translation>均值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Most frequent</source>
        <translation>最常见值</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>Constant</source>
        <translation>恒定</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Fill with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The training statistic used to fill numeric columns. Categorical and yes/no columns always use the most frequent value unless &apos;constant&apos; is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The value for &apos;constant&apos;: a number for numeric columns, a category name, true/false, or an ISO date. Empty = 0, &quot;missing&quot;, false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the constant &apos;%1&apos; is not a valid value for &apos;%2&apos; (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the constant &apos;%1&apos; is not true or false (column &apos;%2&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>numeric, categorical, yes/no or date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; has no values in the training rows; it stays missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+87"/>
        <source>the fitted column list is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the fitted value of &apos;%1&apos; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>mean</source>
        <translation>均值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>most frequent value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a constant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <location line="+2"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Impute missing values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fills missing values with the mean, median or most frequent value of the training rows, or with a constant.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::InterpolateStep</name>
    <message>
        <location filename="../core/prep/interpolate_step.cpp" line="+66"/>
        <source>numeric columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpolate %1 linearly in row order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpolate %1 linearly in order of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>within each data set, from its own observed values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>with no observed value: training median (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numeric columns to fill; none chosen = every numeric feature column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows are sorted by this column (e.g. a date) before interpolating; empty = the row order. Rows without a value here come last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+32"/>
        <source>numeric or date/time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-21"/>
        <source>&apos;%1&apos; has no values in the training rows; it stays missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>the fitted column list is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the fallback medians are incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Interpolate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fills gaps in numeric columns on a straight line between the neighbouring values, after sorting by a column such as a date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::IsolationForest</name>
    <message>
        <location filename="../core/stats/isolation_forest.cpp" line="+160"/>
        <source>Isolation Forest needs at least one row and one column.</source>
        <translation>孤立森林至少需要一行和一列。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Isolation Forest needs at least one tree and a sample size of at least 1.</source>
        <translation>孤立森林至少需要一棵树，且样本量至少为 1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The contamination must be in (0, 0.5], got %1.</source>
        <translation>污染比例必须在 (0, 0.5] 之间，实际为 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The score threshold must be in [0, 1], got %1.</source>
        <translation>分数阈值必须在 [0, 1] 之间，实际为 %1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Row %1, column %2 is missing or infinite: impute before fitting.</source>
        <translation>第 %1 行第 %2 列缺失或为无穷大：请在拟合前进行填补。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Building isolation trees</source>
        <translation>正在构建孤立树</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Not enough memory to build the isolation trees.</source>
        <translation>内存不足，无法构建孤立树。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scoring rows</source>
        <translation>正在为各行打分</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not enough memory to score the rows.</source>
        <translation>内存不足，无法为各行打分。</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Not a valid Isolation Forest: %1</source>
        <translation>不是有效的孤立森林：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>wrong kind</source>
        <translation>类型错误</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unsupported version %1</source>
        <translation>不支持的版本 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bad sample size, feature count or threshold</source>
        <translation>样本量、特征数或阈值有误</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no trees</source>
        <translation>没有树</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>tree %1 has arrays of different lengths</source>
        <translation>树 %1 的数组长度不一致</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>tree %1, node %2: bad size</source>
        <translation>树 %1，节点 %2：大小有误</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>tree %1, node %2: bad split</source>
        <translation>树 %1，节点 %2：划分有误</translation>
    </message>
</context>
<context>
    <name>pp::KNearestNeighbors</name>
    <message>
        <location filename="../core/ml/k_nearest_neighbors.cpp" line="+68"/>
        <source>k-nearest neighbours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Predicts from the k most similar customers in the training data. No training time and no assumptions about shape, but predicting is slow on large data and it needs features on one scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Neighbours (k)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many similar rows each prediction is based on. Small k follows the data closely (and its noise); large k gives smoother, more averaged predictions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Uniform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neighbour weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;Uniform&quot;: every neighbour counts the same. &quot;By distance&quot;: closer neighbours count more (weight 1/distance), which helps when k is large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&apos;n_neighbors&apos; is %1 but there are only %2 training rows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::KnnImputeStep</name>
    <message numerus="yes">
        <location filename="../core/prep/knn_impute_step.cpp" line="+34"/>
        <source>Impute %1 from the %n nearest training rows</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>numeric columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(distances on standardised values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>— %n donor row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Most donor rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training rows kept as neighbours (a seeded sample when there are more); 0 = all. The saved model holds these rows, and imputing is slower with more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numeric columns used for the distance and imputed; none chosen = every numeric feature column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Neighbours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many of the nearest training rows are averaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standardise for distances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure distances on values standardised with the training means and standard deviations, so that a column in large units does not dominate. Filled values stay in the original units. Off = exactly scikit-learn&apos;s KNNImputer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&apos;%1&apos; has no values in the training rows; it stays missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+121"/>
        <source>the fitted column list is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the fitted means and deviations do not match the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a donor row does not match the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Impute from nearest neighbours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fills a missing value with the average of the most similar training rows (k nearest neighbours).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::LinearRegression</name>
    <message>
        <location filename="../core/ml/linear_regression.cpp" line="+34"/>
        <source>Linear regression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fits a straight-line relationship between the features and the target (ordinary least squares). Fast and easy to explain: each coefficient is the change in the prediction per unit of its feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Solving least squares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Some features are exact combinations of others (rank %1 of %2); their coefficients are shared among them and should not be read one by one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::LinearSvm</name>
    <message>
        <location filename="../core/ml/linear_svm.cpp" line="+137"/>
        <source>Linear SVM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A linear support vector machine: finds the boundary with the widest margin between classes. Robust with many features. Its probabilities are a sigmoid fitted to the training scores (Platt scaling), not a cross-validated calibration: use them to rank, not as exact odds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Inverse regularisation (C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost of a training row on the wrong side of the margin. Smaller values give a wider, smoother margin that ignores some rows (less overfitting); larger values try to classify every training row correctly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The training rows contain only one class; at least two are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The solver did not converge in %1 iterations. Increase max_iter, or standardise the features.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::Log1pStep</name>
    <message numerus="yes">
        <location filename="../core/prep/transform_steps.cpp" line="+29"/>
        <source>column &apos;%1&apos; has %n value(s) of -1 or less, where log(1 + x) is not defined.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take log(1 + x) of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+217"/>
        <source>Log transform (log 1 + x)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replaces x by log(1 + x) to tame long right tails such as spend. Values of -1 or less are an error or become missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::LogisticRegression</name>
    <message>
        <location filename="../core/ml/logistic_regression.cpp" line="+124"/>
        <source>Logistic regression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A linear model of the odds of each class, with well-behaved probabilities. A strong, fast, explainable baseline for yes/no and segment predictions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Inverse regularisation (C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inverse of the regularisation strength: smaller values shrink the coefficients more and reduce overfitting; larger values fit the training data more closely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The label &apos;%1&apos; has the same value in every training row, so there is nothing to learn for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The training rows contain only one class; at least two are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The solver did not converge in %1 iterations. Increase max_iter, or standardise the features.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="+98"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explore</source>
        <translation>探索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepare</source>
        <translation>准备</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a CSV, Excel or SQLite file</source>
        <translation>打开 CSV、Excel 或 SQLite 文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import Options…</source>
        <translation>导入选项(&amp;I)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose how the file is read, with a live preview</source>
        <translation>选择文件的读取方式，并实时预览</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main Tool Bar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show &amp;Tool Bar</source>
        <translation>显示工具栏(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;Navigation</source>
        <translation>显示导航栏(&amp;N)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Purchasing Power Studio</source>
        <translation>关于购买力分析工作室(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the running task</source>
        <translation>停止正在运行的任务</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loaded %1.</source>
        <translation>已加载 %1。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(+%1 more)</source>
        <translation>（另有 %1 项）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No recent files</source>
        <translation>没有最近使用的文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear Recent Files</source>
        <translation>清除最近使用的文件</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language will change the next time you start Purchasing Power Studio.</source>
        <translation>语言将在下次启动购买力分析工作室时生效。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About Purchasing Power Studio</source>
        <translation>关于购买力分析工作室</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Purchasing Power Studio %1&lt;/h3&gt;&lt;p&gt;Explore e-commerce customer data and predict purchasing power, without writing code.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;购买力分析工作室 %1&lt;/h3&gt;&lt;p&gt;无需编写代码，即可探索电商客户数据并预测购买力。&lt;/p&gt;&lt;p&gt;基于 Qt %2 构建。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>pp::ManualSelectStep</name>
    <message>
        <location filename="../core/prep/select_steps.cpp" line="+9"/>
        <source>Keeps or drops the columns you choose; the target and id columns always stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The columns to keep or to drop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keep only these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>drop these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep only the listed columns (plus target and id columns), or drop the listed ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>column &apos;%1&apos; is a target or id column and can&apos;t be dropped here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Keep only %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drop %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/prep/select_steps.h" line="+17"/>
        <source>Choose columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::MinMaxScaleStep</name>
    <message>
        <location filename="../core/prep/scale_steps.cpp" line="+201"/>
        <source>Scale %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>numeric columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>training range of %1: %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Minimum</source>
        <translation>最小值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The training minimum is mapped to this value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum</source>
        <translation>最大值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The training maximum is mapped to this value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clip new values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep values of new data inside the range even when they lie outside the training range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the minimum must be below the maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>the fitted ranges are incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Min-max scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maps the training minimum and maximum to a range such as 0 to 1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::MissingIndicatorStep</name>
    <message>
        <location filename="../core/prep/missing_steps.cpp" line="-81"/>
        <source>Add &lt;column&gt;_was_missing flags for columns with missing values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add missing-value flags (no column had missing values in training)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add missing-value flags for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns to flag; none chosen = every feature column. Only columns with missing values in the training rows get a flag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+15"/>
        <source>a column named &apos;%1&apos; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the fitted column list is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Flag missing values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adds a 0/1 column &lt;column&gt;_was_missing for every column that had missing values in the training rows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::MlpModel</name>
    <message>
        <location filename="../core/ml/neural_models.cpp" line="+56"/>
        <source>Hidden layers</source>
        <translation>隐藏层</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units in each hidden layer, separated by commas (e.g. 128,64). More or wider layers can model more complex patterns but train slower and overfit more easily.</source>
        <translation>每个隐藏层的单元数，以逗号分隔（例如 128,64）。层数越多、越宽，能拟合的模式越复杂，但训练更慢，也更容易过拟合。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GELU</source>
        <translation>GELU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sigmoid</source>
        <translation>sigmoid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The non-linearity after each hidden layer. ReLU is a good default.</source>
        <translation>每个隐藏层之后的非线性函数。ReLU 是不错的默认选择。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropout</source>
        <translation>Dropout（随机失活）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of hidden units switched off at random during training; 0.1-0.3 reduces overfitting.</source>
        <translation>训练时随机关闭的隐藏单元比例；0.1–0.3 可减轻过拟合。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch normalisation</source>
        <translation>批归一化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normalise each hidden layer&apos;s outputs per batch; can speed up training of deeper networks.</source>
        <translation>按批次归一化每个隐藏层的输出；可加快较深网络的训练。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>AdamW</source>
        <translation>AdamW</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How weights are updated. Adam works well without tuning; SGD with momentum may need a larger learning rate.</source>
        <translation>权重的更新方式。Adam 无需调参即可表现良好；带动量的 SGD 可能需要更大的学习率。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step size of each update. Too large makes the loss jump around; too small makes training slow.</source>
        <translation>每次更新的步长。过大会使损失剧烈波动，过小会使训练缓慢。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Momentum (SGD)</source>
        <translation>动量（SGD）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only for SGD: how much of the previous update is kept.</source>
        <translation>仅用于 SGD：保留上一次更新的比例。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Constant</source>
        <translation>恒定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step decay</source>
        <translation>阶梯衰减</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cosine</source>
        <translation>余弦</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reduce on plateau</source>
        <translation>平台期降低</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Learning-rate schedule</source>
        <translation>学习率调度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Constant keeps the rate; step halves it every third of the epochs; cosine lowers it smoothly to zero; reduce-on-plateau halves it when the validation loss stops improving.</source>
        <translation>恒定：学习率保持不变；阶梯衰减：每经过三分之一的轮数减半；余弦：平滑降至零；平台期降低：验证损失不再改善时减半。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weight decay</source>
        <translation>权重衰减</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L2 penalty on the weights (decoupled for AdamW); small values such as 1e-4 reduce overfitting.</source>
        <translation>对权重的 L2 惩罚（AdamW 为解耦形式）；较小的值（如 1e-4）可减轻过拟合。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows per update. Larger batches are faster per epoch on many rows; smaller ones update more often.</source>
        <translation>每次更新使用的行数。数据量大时，较大的批次每轮更快；较小的批次更新更频繁。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Epochs</source>
        <translation>训练轮数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passes over the training rows.</source>
        <translation>遍历训练数据的次数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Early-stopping patience</source>
        <translation>早停耐心值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop when the validation loss has not improved for this many epochs and keep the best weights (0 = train all epochs).</source>
        <translation>验证损失连续这么多轮没有改善时停止训练，并保留最佳权重（0 表示训练全部轮数）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mean squared error</source>
        <translation>均方误差</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean absolute error</source>
        <translation>平均绝对误差</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Huber</source>
        <translation>Huber</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What training minimises. MAE and Huber are less sensitive to outliers than MSE.</source>
        <translation>训练要最小化的目标。MAE 和 Huber 对异常值的敏感度低于 MSE。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Balanced</source>
        <translation>均衡</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Class weights</source>
        <translation>类别权重</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balanced weighs rare classes up in the cross-entropy loss, which helps with imbalanced data.</source>
        <translation>“均衡”会在交叉熵损失中提高少数类别的权重，有助于处理不平衡数据。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random seed for weight initialisation, shuffling and dropout; the same seed gives the same model.</source>
        <translation>用于权重初始化、数据打乱和 Dropout 的随机种子；相同的种子得到相同的模型。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The neural-network component (libppnn.so) was not found next to the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The neural-network component could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Neural network (MLP)</source>
        <translation>神经网络（MLP）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A multilayer perceptron trained with LibTorch on the CPU or a CUDA GPU. Flexible and strong on large data; needs scaled features and some tuning.</source>
        <translation>使用 LibTorch 在 CPU 或 CUDA GPU 上训练的多层感知机。灵活，在大数据上表现出色；需要对特征进行缩放并适当调参。</translation>
    </message>
    <message>
        <location filename="../core/nn/mlp_model.cpp" line="+121"/>
        <source>Training the neural network failed: %1</source>
        <translation>神经网络训练失败：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+51"/>
        <source>The model has not been trained.</source>
        <translation>模型尚未训练。</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>The model expects %1 features but got %2.</source>
        <translation>模型需要 %1 个特征，但得到 %2 个。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Prediction failed: %1</source>
        <translation>预测失败：%1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Saving the network failed: %1</source>
        <translation>保存网络失败：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is not a saved neural-network model.</source>
        <translation>这不是已保存的神经网络模型。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Loading the network failed: %1</source>
        <translation>加载网络失败：%1</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>There are no training rows.</source>
        <translation>没有训练数据行。</translation>
    </message>
</context>
<context>
    <name>pp::ModelBundle</name>
    <message>
        <location filename="../core/ml/model_bundle.cpp" line="+29"/>
        <source>Cannot write the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The column &apos;%1&apos; should be %2 (as in the training data) but holds values such as &apos;%3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>There is no trained model to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cannot create the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This is not a Purchasing Power Studio model bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model was saved by a newer version of the application (bundle version %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown task &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>This folder holds no saved model (bundle.json is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The model bundle holds no trained model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The column &apos;%1&apos; is missing; the model was trained with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The pipeline changed the number of rows (%1 → %2); predictions can&apos;t be matched to the input rows. Remove row-dropping steps from the pipeline used for scoring.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::ModelRegistry</name>
    <message>
        <location filename="../core/ml/model_registry.cpp" line="+75"/>
        <source>Unknown model &apos;%1&apos;. Available models: %2.</source>
        <translation>未知模型“%1”。可用模型：%2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model &apos;%1&apos; cannot do %2.</source>
        <translation>模型“%1”不支持%2。</translation>
    </message>
    <message>
        <location filename="../core/nn/nn_models.cpp" line="+15"/>
        <source>Unknown model &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::ModelSupport</name>
    <message>
        <location filename="../core/ml/model_support.cpp" line="+13"/>
        <source>Maximum iterations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upper limit on solver iterations. Training stops earlier once the tolerance is met; raise it if training ends with a &quot;did not converge&quot; warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopping tolerance: the solver stops when its progress falls below this. Smaller values give a more exact solution and take longer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Balanced</source>
        <translation>均衡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class weights</source>
        <translation>类别权重</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;Balanced&quot; weights each class inversely to how often it occurs, so that rare classes (e.g. the few big spenders) count as much as common ones. Use it when classes are very unequal in size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Random seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed for the random order in which the solver visits rows. The same seed gives the same model; change it to check that results do not hinge on luck.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::OneHotStep</name>
    <message>
        <location filename="../core/prep/onehot_step.cpp" line="+57"/>
        <location line="+8"/>
        <source>One-hot encode %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>categorical columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 → %n column(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One-hot encode (no categorical columns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown categories → all zeros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns to encode; none chosen = every categorical and yes/no feature column. Numeric and text columns can be chosen explicitly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Most columns per feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most this many columns per feature, the least frequent categories sharing an &apos;other&apos; column (0 = no limit; otherwise at least 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>If two categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop a column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop the first column of each feature (avoids redundant columns for linear models), or only for features with two categories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&apos;max_categories&apos; must be 0 (no limit) or at least 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+67"/>
        <source>the output column &apos;%1&apos; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>&apos;%1&apos; becomes %n columns; consider max_categories or another encoding.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+84"/>
        <source>the fitted column list is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the categories of &apos;%1&apos; are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>One-hot encode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turns each category into a 0/1 column, with the categories of the training rows; categories not seen in training give all zeros.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::OrdinalStep</name>
    <message>
        <location filename="../core/prep/encode_steps.cpp" line="-249"/>
        <source>Encode %1 as numbers in sorted order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encode %1 as 0, 1, 2… in the order %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown → -1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown → missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The column whose categories have an order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The categories from lowest to highest (e.g. bronze, silver, gold); they become 0, 1, 2… Empty = the training categories in sorted order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What a value that is not in the order becomes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>categorical, yes/no, text or numeric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; appears twice in the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n training value(s) of &apos;%1&apos; are not in the order.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+53"/>
        <source>the fitted categories are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Ordinal encode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replaces ordered categories (bronze &lt; silver &lt; gold) by 0, 1, 2… in an order you give.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::OutlierBoundsStep</name>
    <message>
        <location filename="../core/prep/outlier_steps.cpp" line="-228"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numeric columns to check; none chosen = every numeric feature column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>IQR fences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Z-score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Percentiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IQR: below Q1 − k·IQR or above Q3 + k·IQR. Z-score: more than the threshold times the standard deviation from the mean. Percentiles: outside the low and high percentiles. All learned on the training rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IQR multiplier (k)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1.5 is Tukey&apos;s usual fence; 3 keeps only extreme outliers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Z-score threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many standard deviations (population, ddof = 0) from the mean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower bound as a percentile of the training values (numpy&apos;s linear interpolation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upper bound as a percentile of the training values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the low percentile (%1) must be below the high one (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;%1&apos; has no values in the training rows; it is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>|z| &gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>percentiles %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IQR × %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the fitted column list is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the fitted bounds are incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::Params</name>
    <message>
        <location filename="../core/common/params.cpp" line="+18"/>
        <source>between %1 and %2</source>
        <translation>介于 %1 和 %2 之间</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>&apos;%1&apos; must be a whole number, got &apos;%2&apos;.</source>
        <translation>“%1”必须是整数，实际为“%2”。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; must be a number, got &apos;%2&apos;.</source>
        <translation>“%1”必须是数字，实际为“%2”。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&apos;%1&apos; must be true or false, got &apos;%2&apos;.</source>
        <translation>“%1”必须是 true 或 false，实际为“%2”。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; must be a comma-separated list of whole numbers, got &apos;%2&apos;.</source>
        <translation>“%1”必须是以逗号分隔的整数列表，实际为“%2”。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&apos;%1&apos; must be a whole number.</source>
        <translation>“%1”必须是整数。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+14"/>
        <source>&apos;%1&apos; must be %2, got %3.</source>
        <translation>“%1”必须%2，实际为 %3。</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>&apos;%1&apos; must be a number.</source>
        <translation>“%1”必须是数字。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&apos;%1&apos; must be one of %2, got &apos;%3&apos;.</source>
        <translation>“%1”必须是 %2 之一，实际为“%3”。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; must list whole numbers %2.</source>
        <translation>“%1”必须列出%2的整数。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; needs at least one value.</source>
        <translation>“%1”至少需要一个值。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;%1&apos; needs a column.</source>
        <translation>“%1”需要指定一列。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Unknown parameter &apos;%1&apos;. Known parameters: %2.</source>
        <translation>未知参数“%1”。可用参数：%2。</translation>
    </message>
</context>
<context>
    <name>pp::Pipeline</name>
    <message>
        <location filename="../core/prep/pipeline.cpp" line="+39"/>
        <location line="+202"/>
        <source>Step %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-84"/>
        <source>it has not been fitted; fit the pipeline on training rows first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The pipeline has an invalid version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pipeline was written by a newer version (format %1; this version reads %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pipeline has no &quot;steps&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Step %1 is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step %1 has no &quot;kind&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step %1: unknown step kind &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step %1 (%2): &quot;params&quot; must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Step %1 (%2): the saved fitted state cannot be read: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::PowerStep</name>
    <message>
        <location filename="../core/prep/construct_steps.cpp" line="-341"/>
        <source>Raises numeric columns to a power (x², √x = x^0.5, 1/x = x^-1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../core/prep/power_steps.cpp" line="+111"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The numeric columns to raise to the power.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exponent p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>x^p. A fractional p of a negative x gives a missing value; 0^p with p &lt; 0 gives infinity, as in numpy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overwrite each column instead of adding &lt;column&gt;_pow&lt;p&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>choose at least one column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 raised to the power %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/prep/construct_steps.h" line="-53"/>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/prep/power_steps.cpp" line="-20"/>
        <source>Box-Cox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yeo-Johnson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 transform of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numeric columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>then standardised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Numeric columns with only positive values; none chosen = every numeric feature column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numeric columns; none chosen = every numeric feature column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standardise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afterwards subtract the mean and divide by the standard deviation of the transformed training values (scikit-learn&apos;s default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop with an error</source>
        <translation>报错并停止</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make them missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zero or negative values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Box-Cox is defined for positive values only. &apos;Make them missing&apos; leaves them out of the fit and turns them into missing values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&apos;%1&apos; has fewer than two distinct training values; λ = 1 is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+89"/>
        <source>the fitted column list is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the fitted lambdas are incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>column &apos;%1&apos; has %n value(s) of zero or less; Box-Cox needs positive values (use Yeo-Johnson or log(1 + x) instead).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Box-Cox transform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Makes positive, skewed columns closer to normal with a power λ fitted on the training rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Yeo-Johnson transform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Makes skewed columns closer to normal with a power λ fitted on the training rows; works with zero and negative values.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::PreparePage</name>
    <message>
        <location filename="../ui/pages/prepare_page.cpp" line="+26"/>
        <source>No data yet</source>
        <translation>尚无数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load a dataset on the Data page first.</source>
        <translation>请先在“数据”页面加载数据集。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the Data Page</source>
        <translation>前往“数据”页面</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prepare</source>
        <translation>准备</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This page will let you get %1 ready for modelling: choose the target and the features, handle missing values and outliers, encode categories and scale numbers — every step undoable.</source>
        <translation>此页面将帮助您为建模准备 %1：选择目标和特征、处理缺失值和异常值、对类别进行编码并缩放数值——每一步都可以撤销。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coming in a later version.</source>
        <translation>将在后续版本中提供。</translation>
    </message>
</context>
<context>
    <name>pp::ProfileChart</name>
    <message>
        <location filename="../ui/widgets/profile_chart.cpp" line="+64"/>
        <source>Number of rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Distribution of %1</source>
        <translation>%1 的分布</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+46"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Top %1 of %2 values of %3</source>
        <translation>%3 的前 %1 个取值（共 %2 个）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Values of %1</source>
        <translation>%1 的取值</translation>
    </message>
</context>
<context>
    <name>pp::ProfilePanel</name>
    <message>
        <location filename="../ui/widgets/profile_panel.cpp" line="+48"/>
        <source>Values</source>
        <translation>值个数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Non-missing values</source>
        <translation>非缺失值的个数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distinct values</source>
        <translation>不同值个数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most frequent</source>
        <translation>最常见值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean</source>
        <translation>均值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Std. deviation</source>
        <translation>标准差</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sample standard deviation (n − 1), as pandas</source>
        <translation>样本标准差（n − 1），与 pandas 一致</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum</source>
        <translation>最小值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>25th percentile</source>
        <translation>25% 分位数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>75th percentile</source>
        <translation>75% 分位数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum</source>
        <translation>最大值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skewness</source>
        <translation>偏度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Adjusted Fisher–Pearson skewness, as pandas</source>
        <translation>调整后的 Fisher–Pearson 偏度，与 pandas 一致</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outliers (IQR)</source>
        <translation>异常值（IQR）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values below Q1 − 1.5 × IQR or above Q3 + 1.5 × IQR</source>
        <translation>小于 Q1 − 1.5 × IQR 或大于 Q3 + 1.5 × IQR 的值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outliers (z-score)</source>
        <translation>异常值（z 分数）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Values more than 3 standard deviations from the mean</source>
        <translation>与均值相差超过 3 个标准差的值</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Select a column to see its statistics.</source>
        <translation>选择一列以查看其统计信息。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Computing statistics for “%1”…</source>
        <translation>正在计算“%1”的统计信息…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Compute again</source>
        <translation>重新计算</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Every value of this column is missing.</source>
        <translation>该列的所有值均缺失。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All values are different, so there are no frequencies to chart.</source>
        <translation>所有值各不相同，没有可绘制的频数。</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>looks like an identifier</source>
        <translation>看起来像标识符</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+5"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>pp::RandomOversampleStep</name>
    <message>
        <location filename="../core/prep/resample_steps.cpp" line="-268"/>
        <source>Repeats random rows of the smaller classes until the classes are balanced (training rows only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Random oversampling to %1 × the largest class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/prep/resample_steps.h" line="-72"/>
        <source>Random oversampling</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::RandomUndersampleStep</name>
    <message>
        <location line="+26"/>
        <source>Keeps a random part of the larger classes so that the classes are balanced (training rows only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Random undersampling to a ratio of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/prep/resample_steps.h" line="+20"/>
        <source>Random undersampling</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::RenameColumnStep</name>
    <message>
        <location filename="../core/prep/column_steps.cpp" line="-265"/>
        <source>Rename %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The column to rename.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new name; it must not be taken by another column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the new name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>a column named &apos;%1&apos; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-13"/>
        <source>&apos;%1&apos; is the target; rename it before choosing it as the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the fitted names are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+210"/>
        <source>Rename column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gives a column a new name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::ResampleStep</name>
    <message>
        <location filename="../core/prep/resample_steps.cpp" line="-186"/>
        <source>balance all classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reach a ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance: every class grows to the size of the largest. Ratio: smaller classes grow to at least ratio × the largest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance: every class shrinks to the size of the smallest. Ratio: larger classes shrink to at most the smallest ÷ ratio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ratio strategy: the wanted size of the smaller classes relative to the largest (1 = equal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same seed gives the same rows; -1 uses the pipeline&apos;s seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>needs exactly one target column; choose the target first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>balances classes, so it needs a classification target; &apos;%1&apos; is set up as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>target &apos;%1&apos; has fewer than two classes in the training rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>target column &apos;%1&apos; is not in the data (resampling applies to training rows only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>classes not seen when fitting were left as they are: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the saved state is incomplete (target, classes, counts or seed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 on %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::ResultsPage</name>
    <message>
        <location filename="../ui/pages/results_page.cpp" line="+26"/>
        <source>No data yet</source>
        <translation>尚无数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load a dataset on the Data page first.</source>
        <translation>请先在“数据”页面加载数据集。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the Data Page</source>
        <translation>前往“数据”页面</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This page will let you judge the trained models: error measures, predicted against actual values, the most important features, and the prediction for every customer of %1, ready to export.</source>
        <translation>此页面将帮助您评估训练好的模型：误差指标、预测值与实际值的对比、最重要的特征，以及 %1 中每位客户的预测结果，并可导出。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coming in a later version.</source>
        <translation>将在后续版本中提供。</translation>
    </message>
</context>
<context>
    <name>pp::RidgeRegression</name>
    <message>
        <location filename="../core/ml/linear_regression.cpp" line="+20"/>
        <source>Ridge regression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linear regression whose coefficients are shrunk towards zero. More stable than plain linear regression when features are correlated or numerous; very fast on large data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Regularisation (alpha)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regularisation strength: larger values shrink the coefficients towards zero, which reduces overfitting but can underfit. 0 gives plain least squares. It adds to the sum of squared errors, so its effect shrinks as the number of rows grows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Accumulating X&apos;X</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::RobustScaleStep</name>
    <message>
        <location filename="../core/prep/scale_steps.cpp" line="-62"/>
        <location line="+1"/>
        <source>Robust-scale %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IQR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Subtract the median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centre each column on its training median.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Divide by the quantile range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Divide by the distance between the two quantiles below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low quantile (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower end of the range (25 = first quartile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High quantile (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upper end of the range (75 = third quartile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the low quantile must be below the high quantile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Robust scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subtracts the training median and divides by the interquartile range; little affected by outliers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::ScaleStep</name>
    <message>
        <location line="-330"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numeric columns to scale; none chosen = every numeric feature column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&apos;%1&apos; has no values in the training rows; it is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>numeric columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the fitted column list is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the fitted statistics are incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::SelectColumnsStep</name>
    <message>
        <location filename="../core/prep/column_steps.cpp" line="-350"/>
        <source>Keep %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drop %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep only these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drop these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep only the chosen columns (the target and identifier columns are always kept), or drop them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The columns to keep or drop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>choose at least one column to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; is the target; dropping it would leave nothing to predict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the fitted column list is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+276"/>
        <source>Select columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeps only the chosen columns, or drops them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::SelectKBestStep</name>
    <message>
        <location filename="../core/prep/select_steps.cpp" line="-245"/>
        <source>Keeps the k features most related to the target on the training rows (correlation or mutual information).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Features to keep (k)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many of the candidate features to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>|correlation| with the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+96"/>
        <source>mutual information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correlation finds straight-line relations (regression or two classes); mutual information also finds curved ones and works for any classification. Automatic uses correlation for regression and mutual information for classification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Neighbours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mutual information: neighbours of the k-nearest-neighbour estimator (sklearn&apos;s n_neighbors); more gives a smoother, more biased estimate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mutual information: seed of the tiny noise that breaks ties; -1 uses the pipeline&apos;s seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The columns to consider; empty means every numeric feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>needs exactly one target column; choose the target first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>correlation needs a numeric or two-class target, and &apos;%1&apos; has %2 classes; use mutual information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>target &apos;%1&apos; is not numeric; for a regression it must be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Keep the %1 best features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>|correlation|</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the %1 best features by %2: %3; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/prep/select_steps.h" line="-41"/>
        <source>Select k best features</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::SelectionStep</name>
    <message>
        <location filename="../core/prep/select_steps.cpp" line="-272"/>
        <source>column &apos;%1&apos; is a target or id column and is always kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>column &apos;%1&apos; (kept when the step was fitted) is not in the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>the saved state lacks the kept and dropped columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>nothing dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dropped %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::SequenceWindowsStep</name>
    <message>
        <location filename="../core/prep/sequence_windows_step.cpp" line="+79"/>
        <source>One row per sliding window of each customer&apos;s (or product&apos;s) time series, for LSTM, CNN and Transformer models; the target is taken a chosen number of steps ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Entity column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whose series a row belongs to (customer id, product...). Empty: the whole table is one series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders the rows of a series and detects gaps. Empty: the table&apos;s row order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The numeric columns the model reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Window length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Steps in each window (L).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stride</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps between the starts of consecutive windows; 1 gives every window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The value to predict, taken &apos;horizon&apos; steps after the window&apos;s last step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many steps after the window&apos;s end the target is read; 0 = at the last step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop windows without a target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the target column is present, leave out windows whose target is missing or lies past the end of the series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>start a new sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fill by repeating the last value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ignore gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gaps in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What a time step larger than the tolerance means: a break no window crosses, or missing steps to fill with the last observation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gap tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The largest normal step between rows (e.g. 1 day for daily data); with &apos;fill&apos;, also the spacing of the filled steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tolerance unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit of the tolerance for a date/time column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>standardise each window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Per-window scaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standardise each window by its own mean and standard deviation: the model sees shapes, not levels, and nothing leaks between windows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>choose at least one value column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>time column &apos;%1&apos; is %2; it must be a date/time or a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>filling gaps needs a gap tolerance above 0 (the step between rows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+81"/>
        <source>too many windows for memory; raise the stride or shorten the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1 rows without an entity or a time were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no window of %1 steps fits in the training rows; shorten the window or check the gap tolerance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Windows of %1 steps (stride %2) over %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, target %1 %2 steps ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>: %1 training rows → %2 windows from %3 sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/prep/sequence_windows_step.h" line="+33"/>
        <source>Sequence windows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::Session</name>
    <message>
        <location filename="../ui/session.cpp" line="+21"/>
        <source>Computing the statistics was cancelled.</source>
        <translation>统计信息的计算已取消。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Loading %1</source>
        <translation>正在加载 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Computing column statistics</source>
        <translation>正在计算列统计信息</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The statistics could not be computed:
%1</source>
        <translation>无法计算统计信息：
%1</translation>
    </message>
</context>
<context>
    <name>pp::SetRoleStep</name>
    <message>
        <location filename="../core/prep/column_steps.cpp" line="-69"/>
        <source>Mark %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The columns whose role changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identifier and ignored columns stay in the table (for joining results back) but are not given to the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>choose at least one column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the fitted column list is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Set column role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marks columns as features, target, identifiers or ignored. Identifier and ignored columns are kept but not used by models.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::SmoteStep</name>
    <message>
        <location filename="../core/prep/resample_steps.cpp" line="+97"/>
        <source>Creates synthetic rows of the smaller classes between each row and its nearest neighbours of the same class (training rows only; numeric features).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Neighbours (k)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A synthetic row lies between a row and one of its k nearest neighbours of the same class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SMOTE (k = %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>works on numeric features only; encode or drop these columns first: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>these columns have missing values; impute them first: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>class &apos;%1&apos; has a single row; SMOTE needs at least two rows of a class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>class &apos;%1&apos; has %2 rows, so k was reduced to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/prep/resample_steps.h" line="+26"/>
        <source>SMOTE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::Split</name>
    <message>
        <location filename="../core/prep/split.cpp" line="+82"/>
        <source>The test share must be at least 0 and below 1, got %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The validation share must be at least 0 and below 1, got %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The test and validation shares (%1 + %2) leave no training rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The target column &apos;%1&apos; is not in the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A time split needs a time column; &apos;%1&apos; is not in the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The time column &apos;%1&apos; must hold dates or numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A stratified split needs a class column; &apos;%1&apos; is not in the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Too few usable rows (%1) to split into training, validation and test rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>(missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cross-validation needs at least 2 folds, got %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot make %1 folds from %2 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stratified folds need one class per row (%1 classes for %2 rows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Stratified folds need a class for every row; row %1 has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot make %1 stratified folds: every class has fewer rows than that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The smallest class has fewer rows than there are folds; some folds miss it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::SqliteReader</name>
    <message>
        <location filename="../core/data/sqlite_query_check.cpp" line="+109"/>
        <source>The query is empty.</source>
        <translation>查询为空。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only one statement can be run at a time; remove what follows the first &apos;;&apos;.</source>
        <translation>一次只能执行一条语句；请删除第一个“;”之后的内容。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Only a SELECT query can be run here; this statement is %1.</source>
        <translation>这里只能执行 SELECT 查询；该语句是 %1。</translation>
    </message>
    <message>
        <location filename="../core/data/sqlite_reader.cpp" line="+95"/>
        <source>Cannot open &apos;%1&apos;: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file is not an SQLite database.</source>
        <translation>该文件不是 SQLite 数据库。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The SQLite driver of Qt (QSQLITE) is not installed.</source>
        <translation>未安装 Qt 的 SQLite 驱动（QSQLITE）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot open the SQLite database: %1</source>
        <translation>无法打开 SQLite 数据库：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot read the SQLite database: %1</source>
        <translation>无法读取 SQLite 数据库：%1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reading database</source>
        <translation>正在读取数据库</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The database has no table or view named &apos;%1&apos;. Available: %2.</source>
        <translation>数据库中没有名为“%1”的表或视图。可用：%2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The database contains no tables.</source>
        <translation>数据库中没有任何表。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database has several tables; choose one of %1, or give a query.</source>
        <translation>数据库中有多个表；请从 %1 中选择一个，或提供查询语句。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite could not run the query: %1</source>
        <translation>SQLite 无法执行查询：%1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>SQLite stopped with an error: %1</source>
        <translation>SQLite 因错误而停止：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Column &apos;%1&apos; holds %n binary value(s) (BLOB); they are shown as &apos;&lt;blob N bytes&gt;&apos;.</source>
        <translation>
            <numerusform>列“%1”包含 %n 个二进制值（BLOB），显示为“&lt;blob N bytes&gt;”。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pp::SqrtStep</name>
    <message numerus="yes">
        <location filename="../core/prep/transform_steps.cpp" line="-205"/>
        <source>column &apos;%1&apos; has %n negative value(s), which have no square root.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take the square root of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+205"/>
        <source>Square root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaces x by its square root; negative values are an error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::StandardScaleStep</name>
    <message>
        <location filename="../core/prep/scale_steps.cpp" line="+19"/>
        <location line="+1"/>
        <source>Standardise %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mean</source>
        <translation>均值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>std</source>
        <translation>标准差</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Subtract the mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centre each column on its training mean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Divide by the standard deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Divide by the training standard deviation (population, ddof = 0); a constant column is divided by 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+190"/>
        <source>Standardise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subtracts the training mean and divides by the training standard deviation (z-scores).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::StepRegistry</name>
    <message>
        <location filename="../core/prep/step_registry.cpp" line="+68"/>
        <source>Unknown step kind &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feature construction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feature selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resampling</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::Store</name>
    <message>
        <location filename="../core/store/project_store.cpp" line="+125"/>
        <source>The project file does not exist.</source>
        <translation>项目文件不存在。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+7"/>
        <source>This file is damaged or is not a project file.</source>
        <translation>此文件已损坏或不是项目文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This SQLite database is not a Purchasing Power Studio project.</source>
        <translation>此 SQLite 数据库不是购买力分析工作室的项目。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project was saved by a newer version of the application (format %1; this version reads up to %2). It was not changed.</source>
        <translation>该项目由更新版本的应用程序保存（格式 %1；本版本最多支持到 %2）。文件未被修改。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The project file is damaged (%1). It was not changed.</source>
        <translation>项目文件已损坏（%1）。文件未被修改。</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Upgrading the project from format %1 failed: %2</source>
        <translation>将项目从格式 %1 升级失败：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot replace the existing file.</source>
        <translation>无法替换现有文件。</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>The project has no data set %1.</source>
        <translation>项目中没有数据集 %1。</translation>
    </message>
    <message>
        <location line="+227"/>
        <source>The project has no run %1.</source>
        <translation>项目中没有运行记录 %1。</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Run %1 has no stored predictions.</source>
        <translation>运行记录 %1 没有存储的预测结果。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Run %1 has no saved model.</source>
        <translation>运行记录 %1 没有保存的模型。</translation>
    </message>
    <message>
        <location filename="../core/store/sqlite_db.cpp" line="+39"/>
        <source>Cannot open the project: %1</source>
        <translation>无法打开项目：%1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The project is not open.</source>
        <translation>项目未打开。</translation>
    </message>
    <message>
        <location filename="../core/store/table_codec.cpp" line="+97"/>
        <source>The stored data set is damaged and cannot be read.</source>
        <translation>存储的数据集已损坏，无法读取。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The stored data set was written by a newer version of the application.</source>
        <translation>存储的数据集由更新版本的应用程序写入。</translation>
    </message>
</context>
<context>
    <name>pp::TableModel</name>
    <message>
        <location filename="../ui/models/table_model.cpp" line="+108"/>
        <source>Missing value</source>
        <translation>缺失值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — outside the IQR fences (possible outlier)</source>
        <translation>%1 — 超出 IQR 界限（可能是异常值）</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1
Type: %2
Role: %3</source>
        <translation>%1
类型：%2
角色：%3</translation>
    </message>
</context>
<context>
    <name>pp::TargetEncodeStep</name>
    <message numerus="yes">
        <location filename="../core/prep/target_encode_step.cpp" line="+47"/>
        <source>Target-encode %1 (smoothing %2, out-of-fold on training rows with %n folds)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>categorical columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown → %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns to encode; none chosen = every categorical feature column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Smoothing (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulls rare categories towards the overall mean: a category with n rows gets (n·mean + m·overall) / (n + m).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training rows are encoded out of fold with this many folds, so that no row uses its own target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>choose exactly one target column first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>several targets at once are not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>numeric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is the target; it cannot encode itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the target &apos;%1&apos; has fewer than two classes in the training rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a yes/no target needs exactly two classes; &apos;%1&apos; has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>needs at least two training rows with a target value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the output column &apos;%1&apos; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>the fitted target is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the fitted prior does not match the classes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the encoding of &apos;%1&apos; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the encoding of &apos;%1&apos; does not match the classes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+150"/>
        <source>Target encode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replaces each category by the (smoothed) average target of the training rows with it, computed out of fold on the training rows so that no row sees its own target.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::Task</name>
    <message>
        <location filename="../core/ml/task.cpp" line="+40"/>
        <source>regression</source>
        <translation>回归</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>binary classification</source>
        <translation>二分类</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>multiclass classification</source>
        <translation>多分类</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>multi-label classification</source>
        <translation>多标签分类</translation>
    </message>
</context>
<context>
    <name>pp::TextSequenceStep</name>
    <message>
        <location filename="../core/prep/text_steps.cpp" line="+344"/>
        <source>Turns a text column into a fixed-length sequence of word ids for neural networks (embedding + LSTM/CNN/Transformer), padded with 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Text column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The column holding the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vocabulary size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The most frequent words of the training texts that get their own id (from 2); others become 1 (unknown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sequence length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every text becomes this many columns: longer texts are cut, shorter ones padded with 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Padding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the zeros go in short texts (Keras pad_sequences: &apos;pre&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cut the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cut the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Truncating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which part of a long text is cut off (Keras: &apos;pre&apos; keeps the end).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower-case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Treat &apos;Great&apos; and &apos;great&apos; as one word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove very common words; sequence models often keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese character pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also emit each pair of neighbouring Chinese characters (doubles the length).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop the text column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the text column once turned into ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+31"/>
        <source>column &apos;%1&apos; is %2, not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 as %2 word ids (padding %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1=%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; vocabulary of %1 words (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/prep/text_steps.h" line="+68"/>
        <source>Text to token sequence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::TextVectorizeStep</name>
    <message>
        <location filename="../core/prep/text_steps.cpp" line="-433"/>
        <location line="+68"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English and Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Turns a text column into one column per word (counts, presence, TF-IDF) or per hash bucket; Chinese text is split into characters and character pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Text column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The column holding the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+233"/>
        <source>word counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-233"/>
        <source>word present (0/1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+231"/>
        <source>TF-IDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-231"/>
        <source>hashing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counts: how often each word occurs. Present: 0 or 1. TF-IDF: counts weighted down for words found in many texts, each row scaled to length 1. Hashing: no word list; words are spread over a fixed number of columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lower-case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Treat &apos;Great&apos; and &apos;great&apos; as one word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove very common words (the, and, 的, 了...) that carry little meaning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese character pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Besides single Chinese characters, also use each pair of neighbouring characters, which catches most two-character words without a dictionary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shortest word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latin words shorter than this many letters are ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore words found in fewer texts than this (a number below 1 is a share of the texts, e.g. 0.01 = 1 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maximum documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore words found in more texts than this (1 or below is a share of the texts; 0.9 drops words in over 90 % of them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep only this many words, those found in the most texts; 0 keeps all. Each word becomes a column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hash columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hashing only: the number of columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternate sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hashing only: half of the words count negatively so that collisions tend to cancel (scikit-learn&apos;s default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unit length (L2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Row normalisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TF-IDF and hashing: scale each row to length 1 so that long and short texts compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop the text column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the text column once turned into numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+60"/>
        <source>column &apos;%1&apos; is %2, not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-28"/>
        <source>no word of column &apos;%1&apos; is left after min_df/max_df and stop words; lower min_df or raise max_df.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 rows × %2 word columns is too large; lower max_features or n_features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+92"/>
        <source>the saved vocabulary and idf weights differ in length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 hashed into %2 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>word presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>: %1 words from %2 training texts (%3%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/prep/text_steps.h" line="-36"/>
        <source>Text to word features</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::TrainPage</name>
    <message>
        <location filename="../ui/pages/train_page.cpp" line="+26"/>
        <source>No data yet</source>
        <translation>尚无数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load a dataset on the Data page first.</source>
        <translation>请先在“数据”页面加载数据集。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the Data Page</source>
        <translation>前往“数据”页面</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This page will let you train models that predict purchasing power from %1 — linear models, gradient-boosted trees and neural networks — and compare them with cross-validation.</source>
        <translation>此页面将让您基于 %1 训练预测购买力的模型——线性模型、梯度提升树和神经网络——并通过交叉验证进行比较。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coming in a later version.</source>
        <translation>将在后续版本中提供。</translation>
    </message>
</context>
<context>
    <name>pp::Trainer</name>
    <message>
        <location filename="../core/ml/trainer.cpp" line="+287"/>
        <source>Choose a target column to predict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The target column &apos;%1&apos; is not in the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The target column &apos;%1&apos; is not in the test data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Multi-label classification needs two or more target columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown model &apos;%1&apos;. Available models: %2.</source>
        <translation>未知模型“%1”。可用模型：%2。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Task: %1; model: %2; device: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There are no training rows with a target value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows: %1 train, %2 validation, %3 test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Stopped by the user; evaluating the model trained so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model trained in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Decision threshold chosen on validation rows (max F1): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Cross-validation fold %1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::VarianceThresholdStep</name>
    <message>
        <location filename="../core/prep/select_steps.cpp" line="+8"/>
        <source>Drops features that hardly vary on the training rows (constant or near-constant columns).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns whose variance on the training rows is not above this are dropped; 0 drops constant columns only. The variance is in the column&apos;s units squared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The columns to consider; empty means every numeric feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Drop features with variance ≤ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/prep/select_steps.h" line="-22"/>
        <source>Variance threshold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::WarningsDialog</name>
    <message>
        <location filename="../ui/dialogs/warnings_dialog.cpp" line="+18"/>
        <source>Import Warnings — %1</source>
        <translation>导入警告 — %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The import reported %1 warnings; the first %2 are listed.</source>
        <translation>导入时共产生 %1 条警告，下面列出前 %2 条。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The import reported %1 warnings. The data was loaded; the rows and cells below may not be what you expect.</source>
        <translation>导入时共产生 %1 条警告。数据已加载，但下列行和单元格可能与预期不符。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Row of wrong length</source>
        <translation>行长度不符</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value not of the column&apos;s type</source>
        <translation>值与列类型不符</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encoding problem</source>
        <translation>编码问题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate column name</source>
        <translation>列名重复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column read as text</source>
        <translation>列按文本读取</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>… and %1 more</source>
        <translation>……另有 %1 条</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>column %1</source>
        <translation>第 %1 列</translation>
    </message>
</context>
<context>
    <name>pp::XgbModel</name>
    <message>
        <location filename="../core/ml/xgb_handles.cpp" line="+51"/>
        <source>%1 failed in XGBoost: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+39"/>
        <location filename="../core/ml/xgb_model.cpp" line="+148"/>
        <source>Preparing the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Setting the targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Setting the sample weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Creating the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>XGBoost rejected the setting %1 = %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Keeping the best rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saving the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ml/xgb_model.cpp" line="-119"/>
        <source>the targets have %1 rows but the features %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected %1 target column(s), got %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there are %1 sample weights for %2 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sample weights must be finite and not negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the sample weights are all zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>column %1 is infinite in row %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the target is missing or infinite in row %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>row %1 has target %2, expected a class number from 0 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>There is nothing to train on: the training data has no rows or no columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Training data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The validation data has %1 columns but the training data %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Validation data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Early stopping was ignored because there is no validation data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Boosting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Growing trees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No boosting round was trained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ml/xgb_model_io.cpp" line="+50"/>
        <location line="+73"/>
        <source>The model has not been trained yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-71"/>
        <source>The model was trained on %1 columns but is asked to predict from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Predicting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>XGBoost returned predictions of an unexpected shape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+73"/>
        <source>These bytes are not a saved tree model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This tree model was saved by a newer version of the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The saved model is a &apos;%1&apos; model for %2, not a &apos;%3&apos; model for %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The saved tree model is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ml/xgb_params.cpp" line="+46"/>
        <source>Number of trees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Maximum depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many questions a tree may ask in a row. Deeper trees capture more interactions between columns but overfit more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Minimum customers per leaf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A split is only made if each side keeps at least this many customers (with sample weights: this much weight). Raise it to get smoother, less overfitted predictions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>L2 leaf shrinkage (lambda)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulls every leaf&apos;s prediction towards zero; small leaves are pulled more. 0 keeps plain leaf averages; larger values make predictions more cautious.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Histogram bins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers are grouped into at most this many bins before trees look for split points. More bins give finer splits but train more slowly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Row sample per tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Column sample per split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the columns each split may choose from; this randomness makes the trees differ. 0 = automatic: about the square root of the number of columns for classification, a third of them for regression.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many trees vote. More trees give steadier predictions but take longer; past a few hundred little changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Share of the customers each tree is grown on, drawn at random. 0.632 matches the classic bootstrap&apos;s share of distinct rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How many boosting rounds: each round adds a tree that corrects the previous ones. More rounds fit better but can overfit; use early stopping to pick the number for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much each new tree corrects. Smaller values need more trees but usually predict better on new customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Share of the customers each tree sees, drawn at random each round. Values like 0.8 add randomness that often reduces overfitting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column sample per tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the columns each tree may use. Lower it when there are many similar columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>L1 leaf shrinkage (alpha)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sets small leaf corrections to exactly zero. Rarely needed; try it when there are many noisy columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minimum child weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A split is only made if each side carries at least this much weight (for regression: this many customers; for classification fewer, confident customers count less). Raise it to make trees more conservative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Early stopping (rounds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop when the validation loss has not improved for this many rounds, and keep the best round. 0 = off. Needs validation data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ml/xgb_registration.cpp" line="+26"/>
        <source>Decision tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A single tree of yes/no questions about the customer. Easy to explain, but usually less accurate than a forest or boosted trees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Random forest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Many trees, each grown on a random part of the customers and columns, averaged. Robust with little tuning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gradient-boosted trees (XGBoost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trees added one after another, each correcting the previous ones. Often the most accurate model on tables of customer data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ml/xgb_round_evaluator.cpp" line="+104"/>
        <location line="+32"/>
        <source>Evaluating</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::XlsxReader</name>
    <message numerus="yes">
        <location filename="../core/data/xlsx_reader.cpp" line="+77"/>
        <source>... and %n more cell(s) like these.</source>
        <translation>
            <numerusform>……另有 %n 个类似的单元格。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+74"/>
        <source>A cell with the invalid reference &apos;%1&apos; was skipped.</source>
        <translation>已跳过引用无效（“%1”）的单元格。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The sheet could not be read: %1</source>
        <translation>无法读取工作表：%1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Cell %1 refers to a missing shared string; it is read as missing.</source>
        <translation>单元格 %1 引用了不存在的共享字符串，按缺失值读取。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cell %1 holds the Excel error %2; it is read as missing.</source>
        <translation>单元格 %1 包含 Excel 错误 %2，按缺失值读取。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cell %1 holds &apos;%2&apos;, which is not a number; it is read as missing.</source>
        <translation>单元格 %1 的内容“%2”不是数字，按缺失值读取。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cell %1 is formatted as a date but holds %2, which is no valid date; it is read as missing.</source>
        <translation>单元格 %1 设置为日期格式，但其值 %2 不是有效日期，按缺失值读取。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Reading workbook</source>
        <translation>正在读取工作簿</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The workbook contains no worksheets.</source>
        <translation>工作簿中没有工作表。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The workbook has no sheet named &apos;%1&apos;. Available sheets: %2.</source>
        <translation>工作簿中没有名为“%1”的工作表。可用工作表：%2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is a chart sheet and holds no cells. Available sheets: %2.</source>
        <translation>“%1”是图表工作表，不包含单元格。可用工作表：%2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The workbook is damaged: the sheet &apos;%1&apos; has no content part.</source>
        <translation>工作簿已损坏：工作表“%1”缺少内容部分。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sheet &apos;%1&apos;: %2</source>
        <translation>工作表“%1”：%2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The sheet &apos;%1&apos; contains no data.</source>
        <translation>工作表“%1”中没有数据。</translation>
    </message>
    <message>
        <location filename="../core/data/xlsx_workbook.cpp" line="+191"/>
        <source>Cannot open &apos;%1&apos;: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The workbook is encrypted (password-protected). Save it in Excel without a password and import it again.</source>
        <translation>工作簿已加密（受密码保护）。请在 Excel 中去除密码后保存，再重新导入。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is an Excel 97-2003 (.xls) or other OLE file, not an .xlsx workbook. Save it as .xlsx (Excel Workbook) and import it again.</source>
        <translation>这是 Excel 97-2003（.xls）或其他 OLE 文件，而不是 .xlsx 工作簿。请另存为 .xlsx（Excel 工作簿）后重新导入。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file is not an Excel workbook (.xlsx): %1</source>
        <translation>该文件不是 Excel 工作簿（.xlsx）：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The file is a ZIP archive but not an Excel workbook (it has no workbook part).</source>
        <translation>该文件是 ZIP 压缩包，但不是 Excel 工作簿（缺少工作簿部分）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Binary workbooks (.xlsb) are not supported. Save it as .xlsx (Excel Workbook) and import it again.</source>
        <translation>不支持二进制工作簿（.xlsb）。请另存为 .xlsx（Excel 工作簿）后重新导入。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The workbook is damaged: the part &apos;%1&apos; is missing.</source>
        <translation>工作簿已损坏：缺少部分“%1”。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The workbook is damaged: %1</source>
        <translation>工作簿已损坏：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (line %2)</source>
        <translation>%1（第 %2 行）</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+25"/>
        <source>The workbook is damaged: cannot read &apos;%1&apos;: %2</source>
        <translation>工作簿已损坏：无法读取“%1”：%2</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>The workbook is damaged: cannot read the shared strings: %1</source>
        <translation>工作簿已损坏：无法读取共享字符串：%1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The workbook is damaged: cannot read the styles: %1</source>
        <translation>工作簿已损坏：无法读取样式：%1</translation>
    </message>
</context>
<context>
    <name>pp::ZipArchive</name>
    <message>
        <location filename="../core/data/zip_archive.cpp" line="+56"/>
        <source>The file is too short to be a ZIP archive.</source>
        <translation>文件太短，不可能是 ZIP 压缩包。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+38"/>
        <source>The file could not be read.</source>
        <translation>无法读取该文件。</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>The file is not a ZIP archive, or it is truncated (no central directory).</source>
        <translation>该文件不是 ZIP 压缩包，或已被截断（没有中央目录）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+42"/>
        <source>ZIP64 archives (over 4 GiB or 65535 members) are not supported.</source>
        <translation>不支持 ZIP64 压缩包（超过 4 GiB 或 65535 个成员）。</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Split (multi-volume) ZIP archives are not supported.</source>
        <translation>不支持分卷 ZIP 压缩包。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The ZIP central directory is damaged or the file is truncated.</source>
        <translation>ZIP 中央目录已损坏，或文件已被截断。</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+16"/>
        <source>The ZIP central directory is damaged.</source>
        <translation>ZIP 中央目录已损坏。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The member &apos;%1&apos; is encrypted.</source>
        <translation>成员“%1”已加密。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The member &apos;%1&apos; uses an unsupported compression method (%2).</source>
        <translation>成员“%1”使用了不支持的压缩方法（%2）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The member &apos;%1&apos; is damaged (bad local header) or the file is truncated.</source>
        <translation>成员“%1”已损坏（本地文件头有误），或文件已被截断。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The member &apos;%1&apos; extends past the end of the file; the file is truncated.</source>
        <translation>成员“%1”超出了文件末尾；文件已被截断。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The member &apos;%1&apos; is damaged (size mismatch).</source>
        <translation>成员“%1”已损坏（大小不符）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The member &apos;%1&apos; is too large (%2 bytes).</source>
        <translation>成员“%1”过大（%2 字节）。</translation>
    </message>
</context>
<context>
    <name>pp::ZipEntryDevice</name>
    <message>
        <location line="+82"/>
        <source>The member &apos;%1&apos; is damaged (checksum mismatch).</source>
        <translation>成员“%1”已损坏（校验和不符）。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The member &apos;%1&apos; could not be read; the file is truncated.</source>
        <translation>无法读取成员“%1”；文件已被截断。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The decompressor could not be started.</source>
        <translation>无法启动解压缩程序。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The member &apos;%1&apos; is truncated or damaged (compressed data ends early).</source>
        <translation>成员“%1”被截断或已损坏（压缩数据提前结束）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The member &apos;%1&apos; is damaged (invalid compressed data: %2).</source>
        <translation>成员“%1”已损坏（压缩数据无效：%2）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The member &apos;%1&apos; is damaged (more data than declared).</source>
        <translation>成员“%1”已损坏（数据多于声明的大小）。</translation>
    </message>
</context>
<context>
    <name>pp::cli</name>
    <message>
        <location filename="../core/cli/cli.cpp" line="+27"/>
        <source>Usage: ppstudio-cli COMMAND [OPTIONS]

Commands:
  profile FILE     load a data file and print per-column statistics
  generate         write the synthetic e-commerce dataset
  outliers FILE    find outliers (iqr, zscore, mad per column; iforest across columns)
  prepare FILE     fit a preparation pipeline (--pipeline P.json) and write --out OUT.csv
  train FILE       train a model and report its metrics (JSON with --json)
  predict DIR FILE score new data with a saved model
  runs PROJECT     list a project&apos;s runs (JSON with --json)
  export PROJECT RUN_ID --out DIR   write a run&apos;s model bundle
  help             show this help
  version          show the version
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>ppstudio-cli: unknown command &apos;%1&apos; (try ppstudio-cli help)</source>
        <translation>ppstudio-cli：未知命令“%1”（请尝试 ppstudio-cli help）</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_common.cpp" line="+34"/>
        <source>File format: csv, xlsx or sqlite (default: detect).</source>
        <translation>文件格式：csv、xlsx 或 sqlite（默认：自动检测）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field delimiter, e.g. &apos;,&apos; &apos;;&apos; &apos;\t&apos; &apos;|&apos; (default: detect).</source>
        <translation>字段分隔符，例如 &apos;,&apos; &apos;;&apos; &apos;	&apos; &apos;|&apos;（默认：自动检测）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quote character (default: &quot;); &apos;none&apos; disables quoting.</source>
        <translation>引号字符（默认：&quot;）；&apos;none&apos; 表示不使用引号。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text encoding: UTF-8, UTF-16LE, UTF-16BE, GB18030, GBK, Latin-1 (default: detect).</source>
        <translation>文本编码：UTF-8、UTF-16LE、UTF-16BE、GB18030、GBK、Latin-1（默认：自动检测）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First row is a header: auto, yes or no (default: auto).</source>
        <translation>首行是否为标题行：auto、yes 或 no（默认：auto）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers use a decimal comma (3,14).</source>
        <translation>数字使用逗号作小数点（3,14）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept thousands separators in numbers (1,234,567).</source>
        <translation>接受数字中的千位分隔符（1,234,567）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma-separated tokens read as missing (default: empty,NA,N/A,null,NULL,NaN,-,?).</source>
        <translation>视为缺失值的标记，以逗号分隔（默认：空,NA,N/A,null,NULL,NaN,-,?）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows with a wrong number of fields: pad, skip or fail (default: pad).</source>
        <translation>字段数不符的行：pad（补齐）、skip（跳过）或 fail（报错）（默认：pad）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lines to skip before the header.</source>
        <translation>标题行之前要跳过的行数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Force a column&apos;s type: NAME=numeric|categorical|boolean|datetime|text (repeatable).</source>
        <translation>强制指定列类型：NAME=numeric|categorical|boolean|datetime|text（可重复使用）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel: the sheet to read (default: the first).</source>
        <translation>Excel：要读取的工作表（默认：第一个）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite: the table to read.</source>
        <translation>SQLite：要读取的数据表。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite: a SELECT statement to read.</source>
        <translation>SQLite：要执行的 SELECT 语句。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threads to use (default: all cores).</source>
        <translation>使用的线程数（默认：全部核心）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown --format &apos;%1&apos; (use csv, xlsx or sqlite).</source>
        <translation>未知的 --format“%1”（请使用 csv、xlsx 或 sqlite）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--delimiter takes one character, got &apos;%1&apos;.</source>
        <translation>--delimiter 需要一个字符，实际为“%1”。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--quote takes one character or &apos;none&apos;, got &apos;%1&apos;.</source>
        <translation>--quote 需要一个字符或 &apos;none&apos;，实际为“%1”。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--header takes auto, yes or no, got &apos;%1&apos;.</source>
        <translation>--header 的取值为 auto、yes 或 no，实际为“%1”。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--ragged takes pad, skip or fail, got &apos;%1&apos;.</source>
        <translation>--ragged 的取值为 pad、skip 或 fail，实际为“%1”。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--skip-rows takes a number &gt;= 0.</source>
        <translation>--skip-rows 需要一个大于等于 0 的数。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--type takes NAME=numeric|categorical|boolean|datetime|text, got &apos;%1&apos;.</source>
        <translation>--type 的格式为 NAME=numeric|categorical|boolean|datetime|text，实际为“%1”。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Use either --table or --query, not both.</source>
        <translation>--table 和 --query 只能使用其中一个。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../core/cli/cmd_train.cpp" line="+194"/>
        <source>--threads takes a number &gt;= 0.</source>
        <translation>--threads 需要一个大于等于 0 的数。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <location filename="../core/cli/cmd_profile.cpp" line="+47"/>
        <source>%1: %2 rows, %3 columns (loaded in %4 s, profiled in %5 s)</source>
        <translation>%1：%2 行，%3 列（加载用时 %4 秒，统计用时 %5 秒）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>count</source>
        <translation>计数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unique</source>
        <translation>不同值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mean</source>
        <translation>均值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>std</source>
        <translation>标准差</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>min</source>
        <translation>最小值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>max</source>
        <translation>最大值</translation>
    </message>
    <message>
        <location filename="../core/cli/cmd_prepare.cpp" line="+38"/>
        <source>can&apos;t read the pipeline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not a pipeline JSON object (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../core/cli/cmd_profile.cpp" line="+30"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fit a preparation pipeline on training data and write the prepared table as CSV.
Steps are fitted on --fit-on (default: FILE itself) and replayed on FILE; resampling steps change FILE only when FILE is the data they were fitted on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV/TSV, Excel .xlsx or SQLite file to prepare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pipeline JSON file (from the app&apos;s Prepare page or written by hand).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit the steps on this file (the training data) instead of FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target column(s), comma-separated; needed by selection and resampling steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Base seed of the random steps (default 42).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print a JSON summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>prepare needs exactly one FILE (see ppstudio-cli prepare --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>prepare needs --pipeline P.json and --out OUT.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--seed takes a whole number &gt;= 0, got &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>target column &apos;%1&apos; is not in the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1: %2 rows → %3 rows, %4 columns (%5 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cmd_profile.cpp" line="+0"/>
        <source>line %1: </source>
        <translation>第 %1 行：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Load a data file and print per-column statistics.</source>
        <translation>加载数据文件并输出各列的统计信息。</translation>
    </message>
    <message>
        <location filename="../core/cli/cmd_outliers.cpp" line="+51"/>
        <source>unknown column(s) %1; the columns are: %2</source>
        <translation>未知列 %1；现有的列为：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>column &apos;%1&apos; (column %2) is %3, not numeric</source>
        <translation>列“%1”（第 %2 列）是%3列，不是数值列</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--columns names no column</source>
        <translation>--columns 没有指定任何列</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Find outliers per column (iqr, zscore, mad) or across columns (iforest).</source>
        <translation>按列（iqr、zscore、mad）或跨列（iforest）查找异常值。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/cli/cmd_profile.cpp" line="+1"/>
        <source>CSV/TSV, Excel .xlsx or SQLite file.</source>
        <translation>CSV/TSV、Excel .xlsx 或 SQLite 文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>iqr, zscore, mad (modified z-score) or iforest (default iqr).</source>
        <translation>iqr、zscore、mad（修正 z 分数）或 iforest（默认 iqr）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comma-separated columns (default: the numeric, non-id columns).</source>
        <translation>以逗号分隔的列（默认：非标识符的数值列）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IQR multiplier (default 1.5).</source>
        <translation>IQR 倍数（默认 1.5）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>zscore: |z| above this (default 3); mad: modified z above this (default 3.5); iforest: anomaly score above this, in (0, 1] (default: from --contamination).</source>
        <translation>zscore：|z| 超过此值（默认 3）；mad：修正 z 分数超过此值（默认 3.5）；iforest：异常分数超过此值，取值 (0, 1]（默认：由 --contamination 决定）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>iforest: share of rows to flag, in (0, 0.5] (default 0.01).</source>
        <translation>iforest：要标记的行的比例，取值 (0, 0.5]（默认 0.01）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>iforest: number of trees (default 100).</source>
        <translation>iforest：树的数量（默认 100）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iforest: random seed (default 42).</source>
        <translation>iforest：随机种子（默认 42）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the 0-based indices of flagged rows (in any column) to this file.</source>
        <translation>将被标记行（任意列）的从 0 开始的索引写入此文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/cli/cmd_profile.cpp" line="+3"/>
        <location filename="../core/cli/cmd_train.cpp" line="+50"/>
        <source>Print one JSON object.</source>
        <translation>输出一个 JSON 对象。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>outliers needs exactly one FILE (see ppstudio-cli outliers --help).</source>
        <translation>outliers 需要且仅需要一个 FILE（参见 ppstudio-cli outliers --help）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--method takes iqr, zscore, mad or iforest, got &apos;%1&apos;.</source>
        <translation>--method 的取值为 iqr、zscore、mad 或 iforest，实际为“%1”。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--%1 got &apos;%2&apos;; see ppstudio-cli outliers --help.</source>
        <translation>--%1 的值“%2”无效；参见 ppstudio-cli outliers --help。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--seed takes a number &gt;= 0, got &apos;%1&apos;.</source>
        <translation>--seed 需要一个大于等于 0 的数，实际为“%1”。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: %2 rows; Isolation Forest over %3 (%4 trees, seed %5)</source>
        <translation>%1：%2 行；在 %3 上运行孤立森林（%4 棵树，种子 %5）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 rows flagged (score &gt; %2); %3 rows had missing values imputed with the median</source>
        <translation>标记了 %1 行（分数 &gt; %2）；%3 行的缺失值已用中位数填补</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 rows; method %3</source>
        <translation>%1：%2 行；方法 %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>  %1: %2 of %3 values outside [%4, %5]%6</source>
        <translation>  %1：%3 个值中有 %2 个在 [%4, %5] 之外%6</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (MAD is 0: scaled mean absolute deviation used)</source>
        <translation>（MAD 为 0：改用缩放后的平均绝对偏差）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot write: %1</source>
        <translation>无法写入：%1</translation>
    </message>
    <message>
        <location filename="../core/cli/cmd_profile.cpp" line="+1"/>
        <source>IQR rule multiplier for outliers (default 1.5).</source>
        <translation>异常值 IQR 规则的倍数（默认 1.5）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>z-score threshold for outliers (default 3).</source>
        <translation>异常值的 z 分数阈值（默认 3）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many most frequent values to list (default 10).</source>
        <translation>列出最常见值的个数（默认 10）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>profile needs exactly one FILE (see ppstudio-cli profile --help).</source>
        <translation>profile 需要且仅需要一个 FILE（参见 ppstudio-cli profile --help）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--iqr-k and --z take positive numbers, --top a count.</source>
        <translation>--iqr-k 和 --z 需要正数，--top 需要一个个数。</translation>
    </message>
    <message>
        <location filename="../core/cli/cmd_generate.cpp" line="+19"/>
        <source>Write the synthetic e-commerce dataset as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of customers (default 10000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/cli/cmd_train.cpp" line="-9"/>
        <source>Random seed (default 42).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of missing values in feature columns (default 0.05).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of outliers (default 0.01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>generate takes no positional arguments: use --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>generate needs --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--rows takes a number &gt;= 1, got &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--seed takes a non-negative integer, got &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--missing-rate takes a number in [0, 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--outlier-rate takes a number in [0, 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cmd_predict.cpp" line="+21"/>
        <source>Score new data with a saved model (see train --save).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder written by train --save or export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data to score, with the training columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output CSV: the input columns, then the predictions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>predict needs MODEL_DIR and FILE (see ppstudio-cli predict --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>predict needs --out OUT.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cmd_project.cpp" line="+56"/>
        <source>List the runs of a project with their status and metrics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <source>A .ppsproj project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Print a JSON list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>runs needs exactly one PROJECT file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Write a run&apos;s model bundle (for ppstudio-cli predict).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The run&apos;s id (see ppstudio-cli runs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder to write the bundle to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>export needs PROJECT RUN_ID --out DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RUN_ID must be a number, got &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1, run %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cmd_train.cpp" line="-139"/>
        <source>train needs --target COLUMN (several columns, comma-separated, for multi-label).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown --task &apos;%1&apos; (use auto, regression, binary, multiclass or multilabel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown --model &apos;%1&apos;. Available models: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--set takes KEY=VALUE, got &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unknown parameter &apos;%1&apos; for model &apos;%2&apos;. Known parameters: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--test-size takes a share in [0, 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--valid-size takes a share in [0, 1) that leaves training rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--split takes random, stratified or time:COLUMN, got &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--cv takes a number of folds &gt;= 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--seed takes a non-negative integer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--device takes auto, cpu or cuda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: cannot read the pipeline file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: not a valid pipeline JSON file (%2 at byte %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Column to predict (repeat or comma-separate for multi-label).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>auto, regression, binary, multiclass or multilabel (default auto).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model: %1 (default gbdt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preprocessing pipeline JSON file (default: the built-in pipeline).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model parameter KEY=VALUE (repeatable), e.g. max_depth=6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluate on this file instead of a random test split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of rows held out for testing (default 0.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of rows for validation (default 0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>random, stratified or time:COLUMN (default random).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also run K-fold cross-validation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>auto, cpu or cuda (neural networks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Binary decision threshold: 0.5 (default) or max_f1 (chosen on validation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Permutation-importance repeats (default 5, 0 = skip).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the trained model bundle to this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the run (curve, metrics, model) in this project file (created if needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of the run in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Train a model on a data file and report its metrics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training data (CSV/TSV, .xlsx or SQLite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>train needs exactly one FILE (see ppstudio-cli train --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1 (%2) on %3: %4 train / %5 validation / %6 test rows, fitted in %7 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cv mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cv std</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/project_report.cpp" line="+98"/>
        <source>report PROJECT RUN_ID --out report.pdf|.html   write a run report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::correlation</name>
    <message>
        <location filename="../core/stats/correlation.cpp" line="+219"/>
        <source>No column %1 in a table of %2 columns.</source>
        <translation>在 %2 列的表中没有第 %1 列。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Column &apos;%1&apos; is %2: correlations need numeric or boolean columns.</source>
        <translation>列“%1”是%2列：相关性需要数值或布尔列。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Correlations support up to 4 billion rows.</source>
        <translation>相关性计算最多支持 40 亿行。</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Computing correlations</source>
        <translation>正在计算相关性</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+22"/>
        <location line="+2"/>
        <location line="+25"/>
        <location line="+13"/>
        <location line="+2"/>
        <source>Not enough memory to compute correlations.</source>
        <translation>内存不足，无法计算相关性。</translation>
    </message>
</context>
<context>
    <name>pp::fmt</name>
    <message>
        <location filename="../ui/format.cpp" line="+55"/>
        <location line="+2"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
</context>
<context>
    <name>pp::group_stats</name>
    <message>
        <location filename="../core/stats/group_stats.cpp" line="+162"/>
        <source>No such column in a table of %1 columns.</source>
        <translation>在 %1 列的表中没有该列。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Column &apos;%1&apos; is %2: group statistics need a numeric column.</source>
        <translation>列“%1”是%2列：分组统计需要数值列。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Grouping rows</source>
        <translation>正在分组</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Not enough memory to group &apos;%1&apos; by &apos;%2&apos;.</source>
        <translation>内存不足，无法按“%2”对“%1”进行分组。</translation>
    </message>
</context>
<context>
    <name>pp::missingness</name>
    <message>
        <location filename="../core/stats/missingness.cpp" line="+104"/>
        <source>Counting missing values</source>
        <translation>正在统计缺失值</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+94"/>
        <location line="+2"/>
        <source>Not enough memory to analyse missing values.</source>
        <translation>内存不足，无法分析缺失值。</translation>
    </message>
</context>
<context>
    <name>pp::nn</name>
    <message>
        <location filename="../core/ml/model_registry.cpp" line="-16"/>
        <location filename="../core/nn/torch_runtime.cpp" line="+33"/>
        <source>CUDA unavailable in this LibTorch build</source>
        <translation>此 LibTorch 版本不支持 CUDA</translation>
    </message>
</context>
<context>
    <name>pp::outliers</name>
    <message>
        <location filename="../core/stats/outliers.cpp" line="+173"/>
        <source>Column &apos;%1&apos; is %2, not numeric: outliers need numbers.</source>
        <translation>列“%1”是%2列，不是数值列：异常值检测需要数值。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Isolation Forest looks at several columns at once: use forestOutliers().</source>
        <translation>孤立森林同时考察多列：请使用 forestOutliers()。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No column %1 in a table of %2 columns.</source>
        <translation>在 %2 列的表中没有第 %1 列。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Not enough memory to find outliers in &apos;%1&apos;.</source>
        <translation>内存不足，无法在“%1”中查找异常值。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Finding outliers</source>
        <translation>正在查找异常值</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not enough memory to find outliers.</source>
        <translation>内存不足，无法查找异常值。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Isolation Forest needs at least one numeric column.</source>
        <translation>孤立森林至少需要一个数值列。</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+44"/>
        <source>Not enough memory for an Isolation Forest over %1 columns.</source>
        <translation>内存不足，无法在 %1 列上构建孤立森林。</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Column &apos;%1&apos; has no values to fit on.</source>
        <translation>列“%1”没有可用于拟合的值。</translation>
    </message>
</context>
<context>
    <name>pp::profile</name>
    <message>
        <location filename="../core/stats/profile.cpp" line="+249"/>
        <source>Profiling columns</source>
        <translation>正在统计各列</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Not enough memory to profile column &apos;%1&apos;.</source>
        <translation>内存不足，无法统计列“%1”。</translation>
    </message>
</context>
<context>
    <name>pp::report</name>
    <message>
        <location filename="../ui/report/chart_painter.cpp" line="+325"/>
        <source>Count</source>
        <translation>计数</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Predicted class</source>
        <translation>预测类别</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Actual class</source>
        <translation>实际类别</translation>
    </message>
    <message>
        <location filename="../ui/report/run_report.cpp" line="+42"/>
        <source>MSE (mean squared error)</source>
        <translation>MSE（均方误差）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RMSE (root mean squared error)</source>
        <translation>RMSE（均方根误差）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MAE (mean absolute error)</source>
        <translation>MAE（平均绝对误差）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R² (coefficient of determination)</source>
        <translation>R²（决定系数）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MAPE (zero targets skipped)</source>
        <translation>MAPE（跳过目标值为零的行）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balanced accuracy</source>
        <translation>平衡准确率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F1 (macro)</source>
        <translation>F1（宏平均）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F1 (weighted)</source>
        <translation>F1（加权平均）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F1 (micro)</source>
        <translation>F1（微平均）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ROC AUC</source>
        <translation>ROC AUC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PR AUC (average precision)</source>
        <translation>PR AUC（平均精确率）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log loss</source>
        <translation>对数损失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hamming loss</source>
        <translation>汉明损失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subset accuracy</source>
        <translation>子集准确率</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Purchasing Power Studio — run report</source>
        <translation>购买力分析工作室 — 运行报告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run %1 “%2”, %3. Generated %4 by version %5.</source>
        <translation>运行 %1“%2”，%3。由版本 %5 于 %4 生成。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(not finished)</source>
        <translation>（未完成）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows (train / validation / test)</source>
        <translation>行数（训练 / 验证 / 测试）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data set “%1”: %2 rows, %3 columns.</source>
        <translation>数据集“%1”：%2 行，%3 列。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preparation pipeline</source>
        <translation>数据准备流程</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No preparation steps.</source>
        <translation>没有数据准备步骤。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Metrics</source>
        <translation>评估指标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Train</source>
        <translation>训练集</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Validation</source>
        <translation>验证集</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Test</source>
        <translation>测试集</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cross-validation (mean ± std)</source>
        <translation>交叉验证（均值 ± 标准差）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Training curve</source>
        <translation>训练曲线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Validation loss</source>
        <translation>验证损失</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Loss per epoch / boosting round</source>
        <translation>每轮（epoch / 提升轮次）的损失</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Epoch / round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Predictions on the %1 rows</source>
        <translation>%1 数据行上的预测</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Predicted vs actual (dashed: perfect prediction)</source>
        <translation>预测值与实际值（虚线：完美预测）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Predicted value</source>
        <translation>预测值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual value</source>
        <translation>实际值</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Residuals (actual − predicted)</source>
        <translation>残差（实际值 − 预测值）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Residual</source>
        <translation>残差</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Confusion matrix</source>
        <translation>混淆矩阵</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Confusion matrix (validation rows)</source>
        <translation>混淆矩阵（验证集）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confusion matrix (test rows)</source>
        <translation>混淆矩阵（测试集）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Feature importance</source>
        <translation>特征重要性</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Permutation importance (drop in score when a feature is shuffled)</source>
        <translation>置换重要性（打乱某个特征后得分的下降）</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Importance</source>
        <translation>重要性</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Feature</source>
        <translation>特征</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cannot write the report: %1</source>
        <translation>无法写入报告：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reports are written as .html or .pdf.</source>
        <translation>报告可保存为 .html 或 .pdf。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot write the report: the folder is not writable.</source>
        <translation>无法写入报告：该文件夹不可写。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot write the report.</source>
        <translation>无法写入报告。</translation>
    </message>
    <message>
        <location filename="../ui/report/project_report.cpp" line="-70"/>
        <source>Run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Write a run&apos;s report as PDF or HTML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A .ppsproj project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run&apos;s id (see ppstudio-cli runs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>report.pdf or report.html</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>report needs PROJECT RUN_ID --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RUN_ID must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::stats</name>
    <message>
        <location filename="../core/stats/histogram.cpp" line="+110"/>
        <source>The range of the values [%1, %2] is not finite.</source>
        <translation>值的范围 [%1, %2] 不是有限的。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The Freedman-Diaconis rule asks for %1 bins, more than the limit of %2.</source>
        <translation>Freedman-Diaconis 规则需要 %1 个分箱，超过了上限 %2。</translation>
    </message>
</context>
<context>
    <name>pp::synthetic</name>
    <message>
        <location filename="../core/data/synthetic.cpp" line="+85"/>
        <source>Synthetic data (seed %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+86"/>
        <location line="+7"/>
        <location line="+73"/>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
