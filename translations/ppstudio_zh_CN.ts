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
    <name>pp::WarningsDialog</name>
    <message>
        <location filename="../ui/dialogs/warnings_dialog.cpp" line="+17"/>
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
        <location line="+38"/>
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
        <source>Empty column name</source>
        <translation>列名为空</translation>
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
    <name>pp::cli</name>
    <message>
        <location filename="../core/cli/cli.cpp" line="+14"/>
        <source>Usage: ppstudio-cli COMMAND [OPTIONS]

Commands:
  profile FILE     load a data file and print per-column statistics
  generate         write the synthetic e-commerce dataset
  help             show this help
  version          show the version
</source>
        <translation>用法：ppstudio-cli 命令 [选项]

命令：
  profile FILE     加载数据文件并输出各列的统计信息
  generate         生成合成电商数据集
  help             显示此帮助
  version          显示版本
</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>ppstudio-cli: unknown command &apos;%1&apos;</source>
        <translation>ppstudio-cli：未知命令“%1”</translation>
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
    <name>pp::nn</name>
    <message>
        <location filename="../core/nn/torch_runtime.cpp" line="+33"/>
        <source>CUDA unavailable in this LibTorch build</source>
        <translation>此 LibTorch 版本不支持 CUDA</translation>
    </message>
</context>
</TS>
