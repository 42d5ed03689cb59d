<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>main</name>
    <message>
        <location filename="../app/main_gui.cpp" line="+45"/>
        <source>Purchasing Power Studio</source>
        <translation>购买力分析工作室</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+15"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="-12"/>
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
        <source>Open project FILE (.ppsproj) at start-up.</source>
        <translation>启动时打开项目文件 FILE（.ppsproj）。</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the step is not fitted yet; fit it on the training rows first.</source>
        <translation>该步骤尚未拟合；请先在训练行上拟合。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no column chosen.</source>
        <translation>未选择列。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>column &apos;%1&apos; is not in the data.</source>
        <translation>数据中没有列“%1”。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>column &apos;%1&apos; is %2, not numeric; convert or encode it first.</source>
        <translation>列“%1”是%2列，不是数值列；请先转换或编码。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>column &apos;%1&apos; is %2, not text.</source>
        <translation>列“%1”是%2列，不是文本列。</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+19"/>
        <source>writing the result to &apos;%1&apos; would overwrite a target or id column; choose another name or column.</source>
        <translation>将结果写入“%1”会覆盖目标列或标识符列；请换一个名称或列。</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>replaces existing columns with its result: %1.</source>
        <translation>用结果替换了已有的列：%1。</translation>
    </message>
</context>
<context>
    <name>pp::BasicStep</name>
    <message>
        <location filename="../core/prep/basic_step.cpp" line="+41"/>
        <source>unknown parameter &apos;%1&apos;. Known parameters: %2.</source>
        <translation>未知参数“%1”。可用参数：%2。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the step has not been fitted yet.</source>
        <translation>该步骤尚未拟合。</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>column &apos;%1&apos; is not in the data.</source>
        <translation>数据中没有列“%1”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>column &apos;%1&apos; is %2; this step needs %3 values.</source>
        <translation>列“%1”是%2列；此步骤需要%3类型的值。</translation>
    </message>
    <message>
        <location filename="../core/prep/basic_step_helpers.cpp" line="+218"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>no columns</source>
        <translation>无列</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 等另外 %n 列</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pp::BeforeAfterPanel</name>
    <message>
        <location filename="../ui/widgets/before_after_panel.cpp" line="+99"/>
        <source>The first %1 of %2 changed columns are shown.</source>
        <translation>仅显示 %2 个变化列中的前 %1 个。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 (new)</source>
        <translation>%1（新增）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (removed)</source>
        <translation>%1（已删除）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Missing: %1 → %2</source>
        <translation>缺失：%1 → %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing: %1</source>
        <translation>缺失：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>other values not shown</source>
        <translation>其他值未显示</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+15"/>
        <source>Before</source>
        <translation>处理前</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+20"/>
        <source>After</source>
        <translation>处理后</translation>
    </message>
</context>
<context>
    <name>pp::BinStep</name>
    <message numerus="yes">
        <location filename="../core/prep/transform_steps.cpp" line="+181"/>
        <source>Bin %1 into %n equal-count bins</source>
        <translation>
            <numerusform>将 %1 分为 %n 个等频箱</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Bin %1 into %n equal-width bins</source>
        <translation>
            <numerusform>将 %1 分为 %n 个等宽箱</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numeric columns</source>
        <translation>数值列</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numeric columns to bin; none chosen = every numeric feature column.</source>
        <translation>要分箱的数值列；不选择 = 所有数值特征列。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Equal width</source>
        <translation>等宽</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Equal count (quantiles)</source>
        <translation>等频（分位数）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bins</source>
        <translation>分箱方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equal width splits the training range evenly; quantile bins hold about the same number of training rows (bins that would be empty are merged).</source>
        <translation>等宽：将训练数据的取值范围均匀划分；分位数：每个箱包含的训练行数大致相同（会为空的箱将被合并）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of bins</source>
        <translation>箱数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How many bins.</source>
        <translation>分箱的数量。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bin number</source>
        <translation>箱编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bin label</source>
        <translation>箱标签</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bin numbers 0, 1, 2… (numeric), or labels such as &quot;[20, 30)&quot; (categorical). Values below or above the training range fall into the first or last bin.</source>
        <translation>输出箱编号 0、1、2…（数值），或“[20, 30)”这样的标签（分类）。低于或高于训练范围的值落入第一个或最后一个箱。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&apos;%1&apos; has fewer than two distinct training values; it becomes one bin.</source>
        <translation>“%1”在训练数据中只有不到两个不同的值；整列归为一个箱。</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>the fitted column list is missing.</source>
        <translation>缺少已拟合的列清单。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the bin edges of &apos;%1&apos; are missing.</source>
        <translation>缺少“%1”的分箱边界。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Bin numbers</source>
        <translation>数值分箱</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cuts a numeric column into bins with edges learned on the training rows (equal width or equal count).</source>
        <translation>按在训练行上学到的边界将数值列切分为若干箱（等宽或等频）。</translation>
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
        <translation>将 %1 转换为%2类型</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>(%n value(s) could not be converted in training)</source>
        <translation>
            <numerusform>（训练时有 %n 个值无法转换）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The columns to convert.</source>
        <translation>要转换的列。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New type</source>
        <translation>新类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values that cannot be converted become missing; the step counts them.</source>
        <translation>无法转换的值会变为缺失；此步骤会统计其个数。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>choose at least one column to convert.</source>
        <translation>请至少选择一个要转换的列。</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>%n value(s) of &apos;%1&apos; could not be converted and are now missing.</source>
        <translation>
            <numerusform>“%1”中有 %n 个值无法转换，现已变为缺失。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the fitted column list is missing.</source>
        <translation>缺少已拟合的列清单。</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Change type</source>
        <translation>更改类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Converts columns to numbers, categories, yes/no values, dates or text; values that do not convert become missing.</source>
        <translation>将列转换为数值、类别、是/否值、日期或文本；无法转换的值会变为缺失。</translation>
    </message>
</context>
<context>
    <name>pp::ChartView</name>
    <message>
        <location filename="../ui/charts/chart_view.cpp" line="+82"/>
        <location line="+15"/>
        <source>Cannot write &apos;%1&apos;.</source>
        <translation>无法写入“%1”。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image (*.png);;SVG vector image (*.svg)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export as PNG or SVG…</source>
        <translation>导出为 PNG 或 SVG…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset zoom</source>
        <translation>重置缩放</translation>
    </message>
</context>
<context>
    <name>pp::ClassWeightsStep</name>
    <message>
        <location filename="../core/prep/resample_steps.cpp" line="+460"/>
        <source>Keeps every row and gives rows of rare classes more weight in training (balanced weights in a __weight__ column).</source>
        <translation>保留所有行，并在训练中提高少数类别行的权重（均衡权重写入 __weight__ 列）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Balanced class weights</source>
        <translation>均衡类别权重</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1: %2 (%3 rows)</source>
        <translation>%1：%2（%3 行）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 for %2 in column %3: %4</source>
        <translation>%1（目标 %2，写入列 %3）：%4</translation>
    </message>
    <message>
        <location filename="../core/prep/resample_steps.h" line="+152"/>
        <source>Class weights</source>
        <translation>类别权重</translation>
    </message>
</context>
<context>
    <name>pp::ClipOutliersStep</name>
    <message>
        <location filename="../core/prep/outlier_steps.cpp" line="+184"/>
        <source>Clip outliers (%1)</source>
        <translation>截断异常值（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clip %1 (%2)</source>
        <translation>截断 %1（%2）</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Clip outliers</source>
        <translation>截断异常值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caps values outside bounds learned on the training rows (IQR fences, z-scores, modified z-scores or percentiles) at those bounds.</source>
        <translation>将超出在训练行上学到的界限（IQR 界限、z 分数、修正 z 分数或百分位数）的值截断到该界限。</translation>
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
    <name>pp::ColumnBuilder</name>
    <message numerus="yes">
        <location filename="../core/data/column_builder.cpp" line="+656"/>
        <source>%n value(s) of column &apos;%1&apos; could not be read as %2 and are treated as missing.</source>
        <translation>
            <numerusform>列“%1”中有 %n 个值无法读取为%2，已按缺失值处理。</numerusform>
        </translation>
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
    <name>pp::ColumnsEditor</name>
    <message>
        <location filename="../ui/widgets/columns_editor.cpp" line="+28"/>
        <source>Filter columns</source>
        <translation>筛选列</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>%1 (not in the data)</source>
        <translation>%1（数据中没有）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The step&apos;s input has no column &apos;%1&apos;; the preview will say so.</source>
        <translation>该步骤的输入中没有列“%1”；预览中会指出这一点。</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n column(s) chosen</source>
        <translation>
            <numerusform>已选择 %n 列</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pp::CombineStep</name>
    <message>
        <location filename="../core/prep/construct_steps.cpp" line="+56"/>
        <source>A new column from two numeric columns: product, sum, difference, quotient or a safe ratio that gives a missing value (or a chosen number) when dividing by zero.</source>
        <translation>由两个数值列生成新列：乘积、和、差、商，或安全比值（除以零时得到缺失值或指定的数）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First column</source>
        <translation>第一列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The left operand.</source>
        <translation>左操作数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second column</source>
        <translation>第二列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The right operand (the denominator).</source>
        <translation>右操作数（分母）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>multiply (a × b)</source>
        <translation>乘（a × b）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>divide (a ÷ b, ±∞ when b is 0)</source>
        <translation>除（a ÷ b，b 为 0 时得 ±∞）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>add (a + b)</source>
        <translation>加（a + b）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subtract (a − b)</source>
        <translation>减（a − b）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ratio (a ÷ b, safe when b is 0)</source>
        <translation>比值（a ÷ b，b 为 0 时安全处理）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation>运算符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to combine the two columns. &apos;divide&apos; follows pandas: dividing by zero gives infinity; &apos;ratio&apos; gives a missing value or the fill value instead.</source>
        <translation>两列的组合方式。“除”与 pandas 一致：除以零得到无穷大；“比值”则改为得到缺失值或填充值。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>missing value</source>
        <translation>缺失值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fill value</source>
        <translation>填充值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When the denominator is 0</source>
        <translation>分母为 0 时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ratio only: what a row whose second column is 0 gets.</source>
        <translation>仅用于比值：第二列为 0 的行得到的结果。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill value</source>
        <translation>填充值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ratio only: the value used when the denominator is 0 and &apos;fill value&apos; is chosen.</source>
        <translation>仅用于比值：分母为 0 且选择了“填充值”时使用的值。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New column name</source>
        <translation>新列名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the new column; empty gives &lt;first&gt;_&lt;operator&gt;_&lt;second&gt;.</source>
        <translation>新列的名称；留空则为 &lt;第一列&gt;_&lt;运算符&gt;_&lt;第二列&gt;。</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>%1 = %2 %3 %4</source>
        <translation>%1 = %2 %3 %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (%1 when %2 is 0)</source>
        <translation>（%2 为 0 时取 %1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (missing when %1 is 0)</source>
        <translation>（%1 为 0 时取缺失值）</translation>
    </message>
    <message>
        <location filename="../core/prep/construct_steps.h" line="+20"/>
        <source>Combine two columns</source>
        <translation>组合两列</translation>
    </message>
</context>
<context>
    <name>pp::ConfusionMatrixChart</name>
    <message>
        <location filename="../ui/charts/result_charts.cpp" line="+475"/>
        <location line="+10"/>
        <source>Confusion matrix</source>
        <translation>混淆矩阵</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Predicted class</source>
        <translation>预测类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual class</source>
        <translation>实际类别</translation>
    </message>
</context>
<context>
    <name>pp::CorrelationView</name>
    <message>
        <location filename="../ui/widgets/correlation_view.cpp" line="+51"/>
        <source>Pearson (linear)</source>
        <translation>皮尔逊（线性）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spearman (rank)</source>
        <translation>斯皮尔曼（秩）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correlation of the ranks: any monotone relation, robust to outliers</source>
        <translation>秩的相关性：可反映任意单调关系，对异常值稳健</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Method:</source>
        <translation>方法：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rank by correlation with:</source>
        <translation>按与该列的相关性排序：</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Computing correlations</source>
        <translation>正在计算相关性</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Pearson correlation</source>
        <translation>皮尔逊相关系数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spearman rank correlation</source>
        <translation>斯皮尔曼秩相关系数</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+87"/>
        <source>Pearson r</source>
        <translation>皮尔逊 r</translation>
    </message>
    <message>
        <location line="-87"/>
        <location line="+87"/>
        <source>Spearman ρ</source>
        <translation>斯皮尔曼 ρ</translation>
    </message>
    <message numerus="yes">
        <location line="-86"/>
        <source>%n numeric column(s); pairs use the rows where both values are present</source>
        <translation>
            <numerusform>%n 个数值列；每对列使用两个值均存在的行</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correlations need at least two numeric columns.</source>
        <translation>相关性分析至少需要两个数值列。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Ranking columns</source>
        <translation>正在对列排序</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Correlation with %1</source>
        <translation>与 %1 的相关性</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 strongest of %2 columns</source>
        <translation>%2 列中相关性最强的 %1 列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strongest first</source>
        <translation>按相关性由强到弱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Positive</source>
        <translation>正相关</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Negative</source>
        <translation>负相关</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: %2 (%3 rows)</source>
        <translation>%1：%2（%3 行）</translation>
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
        <translation>
            <numerusform>列“%1”中有 %n 个值无法读取为%2类型，已视为缺失值。</numerusform>
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
        <translation>
            <numerusform>另有 %n 行的字段数与标题行不同。</numerusform>
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
        <translation>正在写入 CSV</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>can&apos;t write the file: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
</context>
<context>
    <name>pp::DataPage</name>
    <message>
        <location filename="../ui/pages/data_page.cpp" line="+44"/>
        <location line="+176"/>
        <source>Open File…</source>
        <translation>打开文件…</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>Show the warnings of the import</source>
        <translation>显示导入时的警告</translation>
    </message>
    <message>
        <location line="+82"/>
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
        <location line="+56"/>
        <source>Open File</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <location line="-55"/>
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
        <location line="+1"/>
        <source>Recent files</source>
        <translation>最近使用的文件</translation>
    </message>
    <message>
        <location line="+36"/>
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
        <location filename="../core/prep/construct_steps.cpp" line="+118"/>
        <source>Year, month, day, weekday, day of year, hour and days since a reference date, as numeric columns a model can use.</source>
        <translation>年、月、日、星期、一年中的第几天、小时以及距参考日期的天数，生成模型可用的数值列。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Date column</source>
        <translation>日期列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The date/time column to take apart.</source>
        <translation>要拆分的日期/时间列。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Parts</source>
        <translation>日期成分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any of year, month, day, weekday (Monday = 0), dayofyear, hour, days_since.</source>
        <translation>可选 year（年）、month（月）、day（日）、weekday（星期，周一 = 0）、dayofyear（一年中的第几天）、hour（小时）、days_since（距参考日期的天数）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference date</source>
        <translation>参考日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For days_since, e.g. 2024-01-31. Empty: the latest date in the training rows, fixed when the step is fitted.</source>
        <translation>用于 days_since，例如 2024-01-31。留空：训练行中最晚的日期，在拟合该步骤时固定。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop the date column</source>
        <translation>删除日期列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the original column after extracting the parts.</source>
        <translation>提取各成分后删除原始列。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown date part &apos;%1&apos;; use %2.</source>
        <translation>未知的日期成分“%1”；请使用 %2。</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+46"/>
        <source>column &apos;%1&apos; is %2, not a date/time.</source>
        <translation>列“%1”是%2列，不是日期/时间列。</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>choose at least one date part.</source>
        <translation>请至少选择一个日期成分。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>reference date &apos;%1&apos; is not a date like 2024-01-31.</source>
        <translation>参考日期“%1”不是 2024-01-31 这样的日期。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>column &apos;%1&apos; has no dates in the training rows to take the reference date from.</source>
        <translation>列“%1”在训练行中没有日期，无法从中取得参考日期。</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>the saved state has no reference date.</source>
        <translation>保存的状态中没有参考日期。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 of %2</source>
        <translation>%2 的 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; days since counted to %1</source>
        <translation>；天数计算至 %1</translation>
    </message>
    <message>
        <location filename="../core/prep/construct_steps.h" line="+54"/>
        <source>Date parts</source>
        <translation>日期成分</translation>
    </message>
</context>
<context>
    <name>pp::Design</name>
    <message>
        <location filename="../core/ml/design.cpp" line="+69"/>
        <source>The saved model has an unknown task.</source>
        <translation>保存的模型的任务类型未知。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The target column &apos;%1&apos; is not in the prepared data (was it dropped or renamed by a pipeline step?).</source>
        <translation>准备后的数据中没有目标列“%1”（是否被流程中的某个步骤删除或重命名了？）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The column &apos;%1&apos; is still categorical. Add an encoding step (one-hot, ordinal, frequency or target encoding) or drop the column in the pipeline.</source>
        <translation>列“%1”仍是分类列。请在流程中添加编码步骤（独热编码、序数编码、频数编码或目标编码），或删除该列。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The column &apos;%1&apos; holds free text. Add a text step (bag of words / TF-IDF) or drop the column in the pipeline.</source>
        <translation>列“%1”包含自由文本。请在流程中添加文本步骤（词袋 / TF-IDF），或删除该列。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The column &apos;%1&apos; holds dates. Add a date-parts step or drop the column in the pipeline.</source>
        <translation>列“%1”包含日期。请在流程中添加日期成分步骤，或删除该列。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No feature columns are left after the pipeline.</source>
        <translation>经过流程处理后没有剩余的特征列。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The target &apos;%1&apos; is %2; %3 needs a numeric target. Choose a classification task or change the column&apos;s type.</source>
        <translation>目标“%1”是%2列；%3需要数值型目标。请选择分类任务，或更改该列的类型。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The target &apos;%1&apos; has fewer than two classes in the training rows.</source>
        <translation>目标“%1”在训练行中的类别少于两个。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The target &apos;%1&apos; has %2 classes; choose multiclass classification.</source>
        <translation>目标“%1”有 %2 个类别；请选择多分类。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The column &apos;%1&apos; that the model was trained with is missing.</source>
        <translation>缺少训练模型时使用的列“%1”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The column &apos;%1&apos; should be numeric but is %2.</source>
        <translation>列“%1”应为数值列，但实际是%2列。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The target column &apos;%1&apos; is missing.</source>
        <translation>缺少目标列“%1”。</translation>
    </message>
</context>
<context>
    <name>pp::DistributionCharts</name>
    <message>
        <location filename="../ui/charts/distribution_charts.cpp" line="+43"/>
        <source>Distribution of %1</source>
        <translation>%1 的分布</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bins: %1 (Freedman–Diaconis asks for %2)</source>
        <translation>箱数：%1（Freedman–Diaconis 规则建议 %2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bins: %1</source>
        <translation>箱数：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 values</source>
        <translation>%1 个值</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+117"/>
        <source>%1 missing</source>
        <translation>%1 个缺失</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>%1 infinite left out</source>
        <translation>已排除 %1 个无穷值</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+94"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Number of rows (log scale)</source>
        <translation>行数（对数刻度）</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+103"/>
        <source>Number of rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Box plot</source>
        <translation>箱线图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 above, %2 below the dashed fences</source>
        <translation>%1 个高于、%2 个低于虚线界限</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quartiles and whiskers</source>
        <translation>四分位数与须线</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Outside the fences</source>
        <translation>界限之外</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>IQR fences (k = %1)</source>
        <translation>IQR 界限（k = %1）</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Top %1 of %2 values of %3</source>
        <translation>%3 的前 %1 个取值（共 %2 个）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values of %1</source>
        <translation>%1 的取值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 rows</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Other (%n values)</source>
        <translation>
            <numerusform>其他（%n 个值）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pp::DistributionData</name>
    <message>
        <location filename="../ui/models/distribution_data.cpp" line="+30"/>
        <location line="+81"/>
        <source>There is no column %1.</source>
        <translation>没有第 %1 列。</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>&apos;%1&apos; is not a numeric column.</source>
        <translation>“%1”不是数值列。</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>&apos;%1&apos; has no categories to count.</source>
        <translation>“%1”没有可计数的类别。</translation>
    </message>
</context>
<context>
    <name>pp::DistributionView</name>
    <message>
        <location filename="../ui/widgets/distribution_view.cpp" line="+37"/>
        <source>Automatic bins</source>
        <translation>自动分箱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Freedman–Diaconis: bin width 2·IQR·n^(−1/3), as numpy&apos;s bins=&apos;fd&apos;</source>
        <translation>Freedman–Diaconis 规则：箱宽为 2·IQR·n^(−1/3)，与 numpy 的 bins=&apos;fd&apos; 一致</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> bins</source>
        <translation> 个箱</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log scale</source>
        <translation>对数刻度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counts on a logarithmic axis, to see rare values in the tails</source>
        <translation>在对数坐标轴上显示计数，便于查看尾部的稀有值</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Top </source>
        <translation>前 </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many of the most frequent values get their own bar; the rest are pooled as &quot;Other&quot;</source>
        <translation>最常见的多少个值各自单独成条；其余的值合并为“其他”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Column:</source>
        <translation>列：</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Binning %1</source>
        <translation>正在对 %1 分箱</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Counting the values of %1</source>
        <translation>正在统计 %1 的取值</translation>
    </message>
</context>
<context>
    <name>pp::DropCorrelatedStep</name>
    <message>
        <location filename="../core/prep/select_steps.cpp" line="+398"/>
        <source>Of each pair of strongly correlated features, keeps the one more related to the target.</source>
        <translation>对每一对强相关的特征，保留与目标关系更密切的那一个。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Threshold |r|</source>
        <translation>阈值 |r|</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pairs whose absolute Pearson correlation on the training rows is above this lose one of their two columns.</source>
        <translation>在训练行上皮尔逊相关系数绝对值高于此值的列对，将删除其中一列。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The columns to consider; empty means every numeric feature.</source>
        <translation>要考虑的列；留空表示所有数值特征。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>r = %1 with %2</source>
        <translation>与 %2 的 r = %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Drop one of each pair with |r| &gt; %1</source>
        <translation>对 |r| &gt; %1 的每一对删除其中一列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>: %1</source>
        <translation>：%1</translation>
    </message>
    <message>
        <location filename="../core/prep/select_steps.h" line="+99"/>
        <source>Drop correlated features</source>
        <translation>删除相关特征</translation>
    </message>
</context>
<context>
    <name>pp::DropMissingRowsStep</name>
    <message>
        <location filename="../core/prep/missing_steps.cpp" line="+37"/>
        <source>Drop rows where every column is missing</source>
        <translation>删除所有列均缺失的行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drop rows with a missing value in any column</source>
        <translation>删除任一列有缺失值的行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop rows where all of %1 are missing</source>
        <translation>删除 %1 全部缺失的行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop rows with a missing value in %1</source>
        <translation>删除 %1 中有缺失值的行</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(%n training row(s))</source>
        <translation>
            <numerusform>（%n 个训练行）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>— training rows only</source>
        <translation>— 仅限训练行</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The columns to look at; none chosen = every column.</source>
        <translation>要检查的列；不选择 = 所有列。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any is missing</source>
        <translation>任一缺失</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All are missing</source>
        <translation>全部缺失</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drop when</source>
        <translation>删除条件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop a row when any of the columns is missing, or only when all of them are.</source>
        <translation>任一列缺失时即删除该行，或仅当所有列都缺失时才删除。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training rows only</source>
        <translation>仅限训练行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop rows only while fitting; validation, test and new data keep every row (so that every customer still gets a prediction; impute afterwards).</source>
        <translation>仅在拟合时删除行；验证集、测试集和新数据保留所有行（确保每位客户都能得到预测；之后再进行插补）。</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>%n row(s) with missing values were dropped.</source>
        <translation>
            <numerusform>已删除 %n 个含缺失值的行。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the fitted column list is missing.</source>
        <translation>缺少已拟合的列清单。</translation>
    </message>
    <message>
        <location line="+196"/>
        <source>Drop rows with missing values</source>
        <translation>删除含缺失值的行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removes rows that have missing values in the chosen columns. Applied to every data set unless &apos;training rows only&apos; is set.</source>
        <translation>删除所选列中含有缺失值的行。除非设置了“仅限训练行”，否则对所有数据集生效。</translation>
    </message>
</context>
<context>
    <name>pp::DropOutliersStep</name>
    <message>
        <location filename="../core/prep/outlier_steps.cpp" line="-96"/>
        <source>training rows only; other data keeps every row</source>
        <translation>仅限训练行；其他数据保留所有行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop outlier rows (%1) — %2</source>
        <translation>删除异常值行（%1）— %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop rows outside %1 (%2) — %3</source>
        <translation>删除超出 %1 的行（%2）— %3</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n outlier row(s) were dropped.</source>
        <translation>
            <numerusform>已删除 %n 个异常值行。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Drop outlier rows</source>
        <translation>删除异常值行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removes training rows with values outside bounds learned on the training rows. Only training rows are dropped: validation, test and new data keep every row so every customer is scored.</source>
        <translation>删除取值超出在训练行上学到的界限的训练行。只删除训练行：验证集、测试集和新数据保留所有行，确保每位客户都能得到评分。</translation>
    </message>
</context>
<context>
    <name>pp::DropSparseColumnsStep</name>
    <message>
        <location filename="../core/prep/missing_steps.cpp" line="-157"/>
        <source>Drop columns with more than %1% missing values</source>
        <translation>删除缺失值超过 %1% 的列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop columns with more than %1% missing values (none in training)</source>
        <translation>删除缺失值超过 %1% 的列（训练数据中没有）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop %1 (more than %2% missing in training)</source>
        <translation>删除 %1（训练数据中缺失超过 %2%）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Missing share above</source>
        <translation>缺失比例高于</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns whose share of missing training values is above this are dropped (0.5 = more than half missing).</source>
        <translation>训练数据中缺失值比例高于此值的列将被删除（0.5 = 超过一半缺失）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns to consider; none chosen = every feature column.</source>
        <translation>要考虑的列；不选择 = 所有特征列。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>the list of dropped columns is missing.</source>
        <translation>缺少已删除列的清单。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the missing shares are incomplete.</source>
        <translation>缺失比例数据不完整。</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Drop mostly-missing columns</source>
        <translation>删除大部分缺失的列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removes columns whose share of missing values in the training rows is above a threshold.</source>
        <translation>删除训练行中缺失值比例高于阈值的列。</translation>
    </message>
</context>
<context>
    <name>pp::EigenModel</name>
    <message>
        <location filename="../core/ml/eigen_model.cpp" line="+54"/>
        <source>There are no rows to train on.</source>
        <translation>没有可用于训练的行。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The target has %1 rows but the features have %2.</source>
        <translation>目标有 %1 行，但特征有 %2 行。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The model &apos;%1&apos; expects one target column, got %2.</source>
        <translation>模型“%1”需要一个目标列，实际为 %2 个。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The model &apos;%1&apos; cannot use missing values, and feature &apos;%2&apos; has some. Fill them in first (Prepare page) or choose a tree model.</source>
        <translation>模型“%1”不能处理缺失值，而特征“%2”中有缺失值。请先插补（在“准备”页面），或选择树模型。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The target has missing values; drop those rows first.</source>
        <translation>目标中有缺失值；请先删除这些行。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Row %1 has class index %2, outside 0..%3.</source>
        <translation>第 %1 行的类别索引为 %2，超出了 0..%3 的范围。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Multi-label targets must be 0 or 1.</source>
        <translation>多标签目标必须为 0 或 1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There are %1 sample weights for %2 rows.</source>
        <translation>有 %1 个样本权重，但有 %2 行。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sample weights must be finite and not negative.</source>
        <translation>样本权重必须是有限值且不能为负。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sample weights are all zero.</source>
        <translation>样本权重全部为零。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+15"/>
        <source>The model &apos;%1&apos; has not been trained.</source>
        <translation>模型“%1”尚未训练。</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The model was trained on %1 features but got %2.</source>
        <translation>模型训练时使用了 %1 个特征，但得到 %2 个。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The model &apos;%1&apos; cannot use missing values, and feature %2 has some.</source>
        <translation>模型“%1”不能处理缺失值，而特征 %2 中有缺失值。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This is not a Purchasing Power Studio model file.</source>
        <translation>这不是购买力分析工作室的模型文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model file was written by a newer version of the program.</source>
        <translation>该模型文件由更新版本的程序写入。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model file holds a &apos;%1&apos; model for %2, not a &apos;%3&apos; model for %4.</source>
        <translation>模型文件中是用于%2的“%1”模型，而不是用于%4的“%3”模型。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model file is damaged.</source>
        <translation>模型文件已损坏。</translation>
    </message>
</context>
<context>
    <name>pp::ElasticNet</name>
    <message>
        <location filename="../core/ml/elastic_net.cpp" line="+35"/>
        <source>Regularisation (alpha)</source>
        <translation>正则化（alpha）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regularisation strength: larger values shrink coefficients towards zero and set more of them exactly to zero, keeping only the strongest features. Too large and every coefficient is zero; try 0.001-1 on standardised features.</source>
        <translation>正则化强度：值越大，系数越向零收缩，且会有更多系数恰好为零，只保留最强的特征。过大则所有系数均为零；对标准化后的特征可尝试 0.001-1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overall regularisation strength: larger values shrink coefficients towards zero and reduce overfitting. Try 0.001-1 on standardised features.</source>
        <translation>总体正则化强度：值越大，系数越向零收缩，过拟合越少。对标准化后的特征可尝试 0.001-1。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+8"/>
        <source>L1 ratio</source>
        <translation>L1 比例</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Mix of the two penalties: 1 is pure lasso (sets coefficients to zero, selects features), 0 is pure ridge (shrinks all coefficients, keeps correlated features together). Values in between do some of both.</source>
        <translation>两种惩罚的混合比例：1 为纯 Lasso（将系数置零，从而选择特征），0 为纯岭回归（收缩所有系数，相关特征一起保留）。介于两者之间则兼而有之。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lasso is the pure L1 penalty, l1_ratio 1. Accepted so that one script can give ridge, lasso and elastic net the same keys; any other value is an error (use elastic net to mix the penalties).</source>
        <translation>Lasso 是纯 L1 惩罚，即 l1_ratio 为 1。接受此参数是为了让一个脚本可以给岭回归、Lasso 和弹性网络相同的参数名；其他任何值都会报错（要混合两种惩罚，请使用弹性网络）。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Lasso regression</source>
        <translation>Lasso 回归</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linear regression that sets the coefficients of unhelpful features to exactly zero, so it also picks the features that matter.</source>
        <translation>将无用特征的系数恰好置为零的线性回归，因此也能挑选出重要的特征。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Elastic net regression</source>
        <translation>弹性网络回归</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linear regression with a mix of lasso and ridge penalties: drops unhelpful features like lasso while keeping groups of correlated features together like ridge.</source>
        <translation>混合 Lasso 与岭惩罚的线性回归：像 Lasso 一样剔除无用特征，同时像岭回归一样将相关特征成组保留。</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>The solver did not converge in %1 iterations (duality gap %2, tolerance %3). Increase max_iter or tol, or standardise the features.</source>
        <translation>求解器在 %1 次迭代内未收敛（对偶间隙 %2，容差 %3）。请增大 max_iter 或 tol，或对特征进行标准化。</translation>
    </message>
</context>
<context>
    <name>pp::ElementwiseStep</name>
    <message>
        <location filename="../core/prep/transform_steps.cpp" line="-330"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numeric columns to transform; none chosen = every numeric feature column.</source>
        <translation>要变换的数值列；不选择 = 所有数值特征列。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop with an error</source>
        <translation>报错并停止</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make them missing</source>
        <translation>设为缺失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values outside the domain</source>
        <translation>定义域外的值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do with values the function is not defined for, in training and in new data.</source>
        <translation>对函数无定义的值（训练数据和新数据中）如何处理。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>numeric columns</source>
        <translation>数值列</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the fitted column list is missing.</source>
        <translation>缺少已拟合的列清单。</translation>
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
    <name>pp::ExperimentsPage</name>
    <message>
        <location filename="../ui/pages/experiments_page.cpp" line="+93"/>
        <source>Filter runs by name, note, model or data set</source>
        <translation>按名称、备注、模型或数据集筛选运行记录</translation>
    </message>
    <message>
        <location line="+95"/>
        <location line="+345"/>
        <source>Open Results</source>
        <translation>查看结果</translation>
    </message>
    <message>
        <location line="-345"/>
        <source>Show the selected run on the Results page</source>
        <translation>在“结果”页面显示所选运行记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Give the selected run a new name</source>
        <translation>为所选运行记录重新命名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note…</source>
        <translation>备注…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write a note about the selected run</source>
        <translation>为所选运行记录写备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the selected runs (Edit › Undo brings them back)</source>
        <translation>删除所选运行记录（可用“编辑 › 撤销”恢复）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model Bundle (Folder)…</source>
        <translation>模型包（文件夹）…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the model with its pipeline to a folder that ppstudio-cli predict reads</source>
        <translation>将模型及其流程写入文件夹，供 ppstudio-cli predict 读取</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model Bundle (ZIP)…</source>
        <translation>模型包（ZIP）…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The same model bundle as one .zip file</source>
        <translation>同一个模型包，打包为一个 .zip 文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Predictions (CSV)…</source>
        <translation>预测结果（CSV）…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The evaluation rows with actual and predicted values</source>
        <translation>评估行的实际值与预测值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report (PDF or HTML)…</source>
        <translation>报告（PDF 或 HTML）…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A report of the run: settings, pipeline, metrics and charts</source>
        <translation>运行报告：设置、流程、指标和图表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score New Data…</source>
        <translation>为新数据打分…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Predict for a new file with the selected run&apos;s model</source>
        <translation>用所选运行记录的模型预测新文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read the runs from the project file again</source>
        <translation>重新从项目文件读取运行记录</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <location line="+415"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="-344"/>
        <source>No project open</source>
        <translation>未打开项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A project keeps your data sets, training runs and models in one file, saved as you work. Every training run is recorded in it, so that runs can be compared, reopened and exported later.</source>
        <translation>项目把数据集、训练运行记录和模型保存在一个文件中，并随工作自动保存。每次训练都会记录在项目里，以便日后比较、重新打开和导出。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open an existing project…</source>
        <translation>打开已有项目…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recent projects</source>
        <translation>最近的项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New Project…</source>
        <translation>新建项目…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No runs yet</source>
        <translation>暂无运行记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train a model on the Train page: every run is recorded in &lt;b&gt;%1&lt;/b&gt; with its training curve, metrics and model, and listed here to compare.</source>
        <translation>在“训练”页面训练模型：每次运行连同训练曲线、指标和模型都会记录在 &lt;b&gt;%1&lt;/b&gt; 中，并列在这里供比较。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to the Train Page</source>
        <translation>前往“训练”页面</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Runs: %1</source>
        <translation>运行记录：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Runs: %1 of %2 shown</source>
        <translation>运行记录：显示 %1 / 共 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1
Saved automatically: every change is written to the project file at once.</source>
        <translation>%1
自动保存：每项更改都会立即写入项目文件。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>All models</source>
        <translation>全部模型</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All data sets</source>
        <translation>全部数据集</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>This run has no saved model (it did not finish).</source>
        <translation>此运行记录没有保存的模型（未完成）。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Runs deleted: %1. Edit › Undo brings them back.</source>
        <translation>已删除运行记录：%1。可用“编辑 › 撤销”恢复。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rename Run</source>
        <translation>重命名运行记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of run #%1:</source>
        <translation>运行记录 #%1 的名称：</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Run Note</source>
        <translation>运行备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note about run #%1 (%2):</source>
        <translation>关于运行记录 #%1（%2）的备注：</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Opening run %1</source>
        <translation>正在打开运行记录 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Error opening &apos;%1&apos;:
%2</source>
        <translation>打开“%1”时出错：
%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run %1</source>
        <translation>运行记录 %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Export Model Bundle Into</source>
        <translation>导出模型包到</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export Model Bundle</source>
        <translation>导出模型包</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ZIP archives (*.zip)</source>
        <translation>ZIP 压缩包 (*.zip)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export Predictions</source>
        <translation>导出预测结果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf);;HTML pages (*.html)</source>
        <translation>PDF 文档 (*.pdf);;HTML 网页 (*.html)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <source>Exporting the model of run %1</source>
        <translation>正在导出运行记录 %1 的模型</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exporting the predictions of run %1</source>
        <translation>正在导出运行记录 %1 的预测结果</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writing the report of run %1</source>
        <translation>正在撰写运行记录 %1 的报告</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Error writing &apos;%1&apos;:
%2</source>
        <translation>写入“%1”时出错：
%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
</context>
<context>
    <name>pp::ExplorePage</name>
    <message>
        <location filename="../ui/pages/explore_page.cpp" line="+42"/>
        <source>Missing Values</source>
        <translation>缺失值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distributions</source>
        <translation>分布</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outliers</source>
        <translation>异常值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scatter</source>
        <translation>散点图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correlations</source>
        <translation>相关性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups</source>
        <translation>分组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much is missing, where, and what imputing would change</source>
        <translation>缺失了多少、缺失在哪里，以及插补会带来什么变化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Histogram, box plot or value counts of one column</source>
        <translation>单列的直方图、箱线图或取值计数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unusual values per column, or unusual rows across columns</source>
        <translation>各列中的异常值，或跨列的异常行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One column against another</source>
        <translation>一列相对于另一列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which numeric columns move together</source>
        <translation>哪些数值列同步变化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A numeric column&apos;s mean and median per category</source>
        <translation>数值列在各类别中的均值和中位数</translation>
    </message>
    <message>
        <location line="+73"/>
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
</context>
<context>
    <name>pp::ExploreView</name>
    <message>
        <location filename="../ui/widgets/explore_view.cpp" line="+26"/>
        <source>Cancelled. Change a setting or come back to this tab to compute it again.</source>
        <translation>已取消。更改设置或重新打开此标签页即可再次计算。</translation>
    </message>
</context>
<context>
    <name>pp::ExponentStep</name>
    <message>
        <location filename="../core/prep/construct_steps.cpp" line="-281"/>
        <source>Raises numeric columns to a power (x², √x = x^0.5, 1/x = x^-1).</source>
        <translation>对数值列求幂（x²、√x = x^0.5、1/x = x^-1）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The numeric columns to raise to the power.</source>
        <translation>要求幂的数值列。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exponent p</source>
        <translation>指数 p</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>x^p. A fractional p of a negative x gives a missing value; 0^p with p &lt; 0 gives infinity, as in numpy.</source>
        <translation>x^p。负数 x 的分数次幂得到缺失值；p &lt; 0 时 0^p 得到无穷大，与 numpy 一致。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the columns</source>
        <translation>替换原列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overwrite each column instead of adding &lt;column&gt;_pow&lt;p&gt;.</source>
        <translation>直接覆盖各列，而不是新增 &lt;列名&gt;_pow&lt;p&gt; 列。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>choose at least one column.</source>
        <translation>请至少选择一列。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 raised to the power %2</source>
        <translation>%1 的 %2 次幂</translation>
    </message>
    <message>
        <location filename="../core/prep/construct_steps.h" line="-31"/>
        <source>Power</source>
        <translation>幂运算</translation>
    </message>
</context>
<context>
    <name>pp::Expression</name>
    <message>
        <location filename="../core/prep/expression.cpp" line="+60"/>
        <source>the expression is empty.</source>
        <translation>表达式为空。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unmatched &apos;)&apos; at position %1</source>
        <translation>位置 %1：多余的“)”</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+303"/>
        <source>unexpected &apos;%1&apos; at position %2</source>
        <translation>位置 %2：意外的“%1”</translation>
    </message>
    <message>
        <location line="-262"/>
        <source>bad number &apos;%1&apos; at position %2</source>
        <translation>位置 %2：无效的数字“%1”</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>missing &apos;]&apos; for the column name at position %1</source>
        <translation>位置 %1：列名缺少“]”</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>unexpected character &apos;%1&apos; at position %2</source>
        <translation>位置 %2：意外的字符“%1”</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>unknown column &apos;%1&apos; at position %2</source>
        <translation>位置 %2：未知列“%1”</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>unknown function &apos;%1&apos; at position %2</source>
        <translation>位置 %2：未知函数“%1”</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+37"/>
        <source>missing &apos;)&apos; at position %1</source>
        <translation>位置 %1：缺少“)”</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>at least %1</source>
        <translation>至少 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1() takes %2 argument(s), got %3, at position %4</source>
        <translation>位置 %4：%1() 需要的参数个数为 %2，实际为 %3</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>unexpected end of expression at position %1</source>
        <translation>位置 %1：表达式意外结束</translation>
    </message>
</context>
<context>
    <name>pp::ExpressionStep</name>
    <message>
        <location filename="../core/prep/construct_steps.cpp" line="+215"/>
        <source>A new column from a formula such as [Order Total] / max(visits, 1) or if(age &gt;= 30, log1p(income), 0).</source>
        <translation>用公式生成新列，例如 [Order Total] / max(visits, 1) 或 if(age &gt;= 30, log1p(income), 0)。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Formula</source>
        <translation>公式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns by name or in [brackets]; numbers; + - * / ^; comparisons; and, or; log, log1p, exp, sqrt, abs, min, max, if(condition, then, else). A missing value anywhere in a row&apos;s calculation makes the result missing.</source>
        <translation>列可直接用名称或写在 [方括号] 中；数字；+ - * / ^；比较运算；and、or；log、log1p、exp、sqrt、abs、min、max、if(条件, 则, 否则)。某行计算中任一处出现缺失值，结果即为缺失。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New column name</source>
        <translation>新列名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the column that receives the result; another column of that name is replaced (with a warning), a target or id column never is.</source>
        <translation>接收结果的列名；同名的其他列会被替换（并给出警告），目标列或标识符列则绝不会被替换。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the new column needs a name.</source>
        <translation>新列需要一个名称。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <location filename="../core/prep/construct_steps.h" line="+61"/>
        <source>Expression</source>
        <translation>表达式</translation>
    </message>
</context>
<context>
    <name>pp::FlagOutliersStep</name>
    <message>
        <location filename="../core/prep/outlier_steps.cpp" line="-56"/>
        <source>Add &lt;column&gt;_outlier flags (%1)</source>
        <translation>添加 &lt;列名&gt;_outlier 标记（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flag values outside %1 (%2)</source>
        <translation>标记超出 %1 的值（%2）</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+17"/>
        <source>a column named &apos;%1&apos; already exists.</source>
        <translation>已存在名为“%1”的列。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Flag outliers</source>
        <translation>标记异常值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adds a 0/1 column &lt;column&gt;_outlier after each column: 1 where the value lies outside bounds learned on the training rows, on every data set. The values themselves are kept.</source>
        <translation>在每列之后添加一个 0/1 列 &lt;列名&gt;_outlier：值超出在训练行上学到的界限时为 1，适用于所有数据集。原值保持不变。</translation>
    </message>
</context>
<context>
    <name>pp::FrequencyStep</name>
    <message>
        <location filename="../core/prep/encode_steps.cpp" line="+163"/>
        <source>Replace the categories of %1 by their share of training rows; unknown → 0</source>
        <translation>将 %1 的类别替换为其在训练行中的占比；未知类别 → 0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>categorical columns</source>
        <translation>分类列</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns to encode; none chosen = every categorical feature column.</source>
        <translation>要编码的列；不选择 = 所有分类特征列。</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>the fitted column list is missing.</source>
        <translation>缺少已拟合的列清单。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the shares of &apos;%1&apos; are missing.</source>
        <translation>缺少“%1”的占比数据。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Frequency encode</source>
        <translation>频数编码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replaces each category by the share of training rows that have it; categories not seen in training become 0.</source>
        <translation>将每个类别替换为训练行中属于该类别的行所占比例；训练中未出现的类别记为 0。</translation>
    </message>
</context>
<context>
    <name>pp::GaussianNB</name>
    <message>
        <location filename="../core/ml/gaussian_nb.cpp" line="+30"/>
        <source>Naive Bayes (Gaussian)</source>
        <translation>朴素贝叶斯（高斯）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Treats each feature as an independent bell curve per class. Trains instantly and works with few rows; its probabilities tend to be overconfident when features are correlated.</source>
        <translation>将每个特征视为每个类别下相互独立的钟形曲线。训练瞬间完成，行数很少时也能使用；特征相关时其概率往往过于自信。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Variance smoothing</source>
        <translation>方差平滑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the largest feature variance added to every variance. Keeps near-constant features from dominating; raise it (e.g. 1e-3) if probabilities are all 0 or 1.</source>
        <translation>将最大特征方差的这一比例加到每个方差上，防止近乎恒定的特征主导结果；如果概率全为 0 或 1，请调大此值（例如 1e-3）。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>A feature is constant within a class and var_smoothing is 0; raise var_smoothing.</source>
        <translation>某个特征在某一类别内恒定，且 var_smoothing 为 0；请调大 var_smoothing。</translation>
    </message>
</context>
<context>
    <name>pp::GroupView</name>
    <message>
        <location filename="../ui/widgets/group_view.cpp" line="+45"/>
        <source>Highest mean first</source>
        <translation>均值从高到低</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest group first</source>
        <translation>组从大到小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By name</source>
        <translation>按名称</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Top </source>
        <translation>前 </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups beyond these are pooled as &quot;Other&quot;</source>
        <translation>超出此数的组合并为“其他”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Value:</source>
        <translation>数值：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>per</source>
        <translation>按</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Groups need a numeric column and a categorical or yes/no column.</source>
        <translation>分组需要一个数值列，以及一个分类列或布尔列。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Comparing groups</source>
        <translation>正在比较分组</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 per %2</source>
        <translation>按 %2 分组的 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 groups; the smaller ones pooled as &quot;Other&quot;; hover a bar for counts</source>
        <translation>共 %1 组；较小的组合并为“其他”；将鼠标悬停在条形上可查看计数</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n group(s); hover a bar for counts</source>
        <translation>
            <numerusform>共 %n 组；将鼠标悬停在条形上可查看计数</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean</source>
        <translation>均值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Other (%n groups)</source>
        <translation>
            <numerusform>其他（%n 组）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(missing)</source>
        <translation>（缺失）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Mean %1, median %2
%3 rows, %4 with a value</source>
        <translation>均值 %1，中位数 %2
%3 行，其中 %4 行有值</translation>
    </message>
</context>
<context>
    <name>pp::HeatmapChart</name>
    <message>
        <location filename="../ui/charts/heatmap_chart.cpp" line="+130"/>
        <source>Nothing to show.</source>
        <translation>没有可显示的内容。</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>%1 × %2
%3 = %4</source>
        <translation>%1 × %2
%3 = %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>undefined</source>
        <translation>未定义</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 rows with both values</source>
        <translation>两个值均存在的行：%1</translation>
    </message>
</context>
<context>
    <name>pp::IForestDropStep</name>
    <message>
        <location filename="../core/prep/iforest_step.cpp" line="+185"/>
        <source>training rows only; other data keeps every row</source>
        <translation>仅限训练行；其他数据保留所有行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drop the %1% most anomalous rows (Isolation Forest) — %2</source>
        <translation>删除最异常的 %1% 行（孤立森林）— %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop anomalous rows (Isolation Forest): nothing to learn from in training</source>
        <translation>删除异常行（孤立森林）：训练数据中没有可学习的内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop rows with an Isolation Forest score above %1 (about %2% of training rows, on %3) — %4</source>
        <translation>删除孤立森林分数高于 %1 的行（约占训练行的 %2%，基于 %3）— %4</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>Trees</source>
        <translation>树的数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of isolation trees (n_estimators).</source>
        <translation>孤立树的数量（n_estimators）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rows per tree</source>
        <translation>每棵树的行数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows drawn for each tree (max_samples); 256 is the paper&apos;s choice.</source>
        <translation>每棵树抽取的行数（max_samples）；256 是原论文的取值。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The seed of the random trees: the same seed on the same rows gives the same forest (as the Explore page with that seed); -1 uses the pipeline&apos;s seed.</source>
        <translation>随机树的种子：相同的种子在相同的行上得到相同的森林（与使用该种子的“探索”页面一致）；-1 表示使用流程的种子。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numeric columns the forest looks at; none chosen = every numeric feature column.</source>
        <translation>孤立森林考察的数值列；不选择 = 所有数值特征列。</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Share to drop</source>
        <translation>删除比例</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The share of training rows expected to be anomalous; the most anomalous this share are dropped.</source>
        <translation>预计为异常的训练行比例；将删除这一比例中最异常的行。</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>needs at least two rows and one numeric column; no rows are dropped.</source>
        <translation>至少需要两行和一个数值列；未删除任何行。</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>the saved forest does not match the columns.</source>
        <translation>保存的孤立森林与列不匹配。</translation>
    </message>
    <message numerus="yes">
        <location line="+81"/>
        <source>%n anomalous row(s) were dropped.</source>
        <translation>
            <numerusform>已删除 %n 个异常行。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-108"/>
        <source>the fitted column list is missing.</source>
        <translation>缺少已拟合的列清单。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the fitted medians are incomplete.</source>
        <translation>已拟合的中位数不完整。</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>Drop anomalies (Isolation Forest)</source>
        <translation>删除异常行（孤立森林）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removes the training rows that an Isolation Forest finds most unusual across several numeric columns. Only training rows are dropped: other data keeps every row.</source>
        <translation>删除孤立森林在多个数值列上判定为最异常的训练行。只删除训练行：其他数据保留所有行。</translation>
    </message>
</context>
<context>
    <name>pp::IForestFlagStep</name>
    <message>
        <location line="-50"/>
        <source>Flag the %1% most anomalous rows (Isolation Forest) in a 0/1 column %2</source>
        <translation>在 0/1 列 %2 中标记最异常的 %1% 行（孤立森林）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flag anomalous rows (Isolation Forest): nothing to learn from in training, %1 is 0</source>
        <translation>标记异常行（孤立森林）：训练数据中没有可学习的内容，%1 为 0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flag rows with an Isolation Forest score above %1 (about %2% of training rows, on %3) in a 0/1 column %4</source>
        <translation>在 0/1 列 %4 中标记孤立森林分数高于 %1 的行（约占训练行的 %2%，基于 %3）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Share flagged</source>
        <translation>标记比例</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>needs at least two rows and one numeric column; every row is flagged 0.</source>
        <translation>至少需要两行和一个数值列；所有行的标记均为 0。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The share of training rows expected to be anomalous; the forest&apos;s score threshold flags this share of them, and the same threshold applies to other data.</source>
        <translation>预计为异常的训练行比例；森林的分数阈值会标记这一比例的训练行，其他数据也使用同一阈值。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <source>a column named &apos;%1&apos; already exists.</source>
        <translation>已存在名为“%1”的列。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Flag anomalies (Isolation Forest)</source>
        <translation>标记异常行（孤立森林）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adds a 0/1 column iforest_outlier: 1 for the rows an Isolation Forest fitted on the training rows finds most unusual across several numeric columns. Every data set keeps all its rows and gets the column.</source>
        <translation>添加一个 0/1 列 iforest_outlier：在训练行上拟合的孤立森林在多个数值列上判定为最异常的行为 1。每个数据集都保留所有行并获得该列。</translation>
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
    <name>pp::ImputePreview</name>
    <message numerus="yes">
        <location filename="../ui/models/impute_preview.cpp" line="+160"/>
        <source>Other (%n categories)</source>
        <translation>
            <numerusform>其他（%n 个类别）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Choose a column.</source>
        <translation>请选择一列。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The preview needs a numeric, categorical or yes/no column; &apos;%1&apos; is not one.</source>
        <translation>预览需要数值、分类或是/否列；“%1”不是。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A &quot;missing&quot; category needs a categorical column; &apos;%1&apos; is numeric.</source>
        <translation>“missing”类别需要分类列；“%1”是数值列。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; holds categories: fill it with the most frequent one or a constant.</source>
        <translation>“%1”是分类列：请用最常见值或常数填充。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no column &apos;%1&apos; to order by.</source>
        <translation>没有可用于排序的列“%1”。</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+87"/>
        <source>The step removed the column &apos;%1&apos;.</source>
        <translation>该步骤删除了列“%1”。</translation>
    </message>
</context>
<context>
    <name>pp::ImputePreviewPanel</name>
    <message>
        <location filename="../ui/widgets/impute_preview_panel.cpp" line="+54"/>
        <source>Mean</source>
        <translation>均值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most frequent</source>
        <translation>最常见值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Constant</source>
        <translation>常数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linear interpolation</source>
        <translation>线性插值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>k nearest neighbours</source>
        <translation>k 近邻</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New category &quot;missing&quot;</source>
        <translation>新类别“missing”</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Numeric, categorical and yes/no columns with missing values</source>
        <translation>有缺失值的数值列、分类列和是/否列</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The methods of the pipeline&apos;s imputation steps for this column&apos;s type</source>
        <translation>流程的插补步骤为此列类型提供的方法</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The value that fills the gaps</source>
        <translation>用于填充空缺的值</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How many of the most similar rows (by the other numeric columns) give their mean</source>
        <translation>取多少个最相似的行（按其他数值列衡量）的均值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ordered by</source>
        <translation>排序依据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows are sorted by this column (e.g. a date) before interpolating; rows without a value in it come last</source>
        <translation>插值前按此列（例如日期）对行排序；此列无值的行排在最后</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add to Pipeline</source>
        <translation>添加到流程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sends this imputation to the Prepare page as a pipeline step</source>
        <translation>将此插补作为流程步骤发送到“准备”页面</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Impute</source>
        <translation>插补列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with</source>
        <translation>方法</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Sent to the Prepare page.</source>
        <translation>已发送到“准备”页面。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Imputation preview</source>
        <translation>插补预览</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No numeric, categorical or yes/no column has missing values.</source>
        <translation>没有数值列、分类列或是/否列存在缺失值。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>row order</source>
        <translation>原行顺序</translation>
    </message>
    <message numerus="yes">
        <location line="+68"/>
        <location line="+28"/>
        <source>%Ln missing value(s) filled</source>
        <translation>
            <numerusform>已填充 %Ln 个缺失值</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>whole bar = after imputation</source>
        <translation>整条 = 插补后</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>top %n categories</source>
        <translation>
            <numerusform>前 %n 个类别</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1. No value was filled.</source>
        <translation>%1。没有填充任何值。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1. &apos;%2&apos;: %3 rows before, %4 after.</source>
        <translation>%1。“%2”：插补前 %3 行，插补后 %4 行。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Filled by imputation</source>
        <translation>插补填充的值</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: %2 rows before, %3 after imputation</source>
        <translation>%1：插补前 %2 行，插补后 %3 行</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previewing the imputation</source>
        <translation>正在预览插补</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Imputation preview: %1</source>
        <translation>插补预览：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>On a random sample of %1 of %2 rows</source>
        <translation>基于从 %2 行中随机抽取的 %1 行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>central 99% shown</source>
        <translation>显示中间 99% 的值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1. Mean before: %2, after: %3.</source>
        <translation>%1。插补前均值：%2，插补后：%3。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>After imputation</source>
        <translation>插补后</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+31"/>
        <source>Before (observed values)</source>
        <translation>插补前（观测值）</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+65"/>
        <source>Number of rows</source>
        <translation>行数</translation>
    </message>
</context>
<context>
    <name>pp::ImputeStep</name>
    <message>
        <location filename="../core/prep/impute_step.cpp" line="+75"/>
        <source>Impute %1 with %2</source>
        <translation>用%2插补 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing values</source>
        <translation>缺失值</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Impute missing values (no columns)</source>
        <translation>插补缺失值（无列）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 with %2 (%3)</source>
        <translation>%1 用%2（%3）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Impute %1</source>
        <translation>插补缺失值：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>and %n more column(s)</source>
        <translation>
            <numerusform>等另外 %n 列</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns to fill; none chosen = every numeric, categorical, yes/no and date feature column.</source>
        <translation>要填充的列；不选择 = 所有数值、分类、布尔和日期特征列。</translation>
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
        <translation>常数</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Fill with</source>
        <translation>填充方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The training statistic used to fill numeric columns. Categorical and yes/no columns always use the most frequent value unless &apos;constant&apos; is chosen.</source>
        <translation>用于填充数值列的训练统计量。除非选择“常数”，分类列和布尔列始终使用最常见值。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The value for &apos;constant&apos;: a number for numeric columns, a category name, true/false, or an ISO date. Empty = 0, &quot;missing&quot;, false.</source>
        <translation>“常数”方式使用的值：数值列填数字，分类列填类别名称，布尔列填 true/false，日期列填 ISO 日期。留空 = 0、&quot;missing&quot;、false。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the constant &apos;%1&apos; is not a valid value for &apos;%2&apos; (%3).</source>
        <translation>常数“%1”不是“%2”（%3）的有效值。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the constant &apos;%1&apos; is not true or false (column &apos;%2&apos;).</source>
        <translation>常数“%1”不是 true 或 false（列“%2”）。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>numeric, categorical, yes/no or date</source>
        <translation>数值、分类、布尔或日期</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; has no values in the training rows; it stays missing.</source>
        <translation>“%1”在训练行中没有值；保持缺失。</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>the fitted column list is missing.</source>
        <translation>缺少已拟合的列清单。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the fitted value of &apos;%1&apos; is missing.</source>
        <translation>缺少“%1”的拟合值。</translation>
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
        <translation>最常见值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a constant</source>
        <translation>常数</translation>
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
        <translation>真</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>false</source>
        <translation>假</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Impute missing values</source>
        <translation>缺失值插补</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fills missing values with the mean, median or most frequent value of the training rows, or with a constant.</source>
        <translation>用训练行的均值、中位数或最常见值，或用常数填充缺失值。</translation>
    </message>
</context>
<context>
    <name>pp::InterpolateStep</name>
    <message>
        <location filename="../core/prep/interpolate_step.cpp" line="+66"/>
        <source>numeric columns</source>
        <translation>数值列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpolate %1 linearly in row order</source>
        <translation>按行顺序对 %1 进行线性插值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpolate %1 linearly in order of %2</source>
        <translation>按 %2 排序后对 %1 进行线性插值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>within each data set, from its own observed values</source>
        <translation>（在各数据集内部，基于其自身的观测值）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>with no observed value: training median (%1)</source>
        <translation>无观测值时：使用训练中位数（%1）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numeric columns to fill; none chosen = every numeric feature column.</source>
        <translation>要填充的数值列；不选择 = 所有数值特征列。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order by</source>
        <translation>排序依据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows are sorted by this column (e.g. a date) before interpolating; empty = the row order. Rows without a value here come last.</source>
        <translation>插值前按此列（例如日期）对行排序；留空 = 原行顺序。此列无值的行排在最后。</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+32"/>
        <source>numeric or date/time</source>
        <translation>数值或日期/时间</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>&apos;%1&apos; has no values in the training rows; it stays missing.</source>
        <translation>“%1”在训练行中没有值；保持缺失。</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>the fitted column list is missing.</source>
        <translation>缺少已拟合的列清单。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the fallback medians are incomplete.</source>
        <translation>备用中位数不完整。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Interpolate</source>
        <translation>插值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fills gaps in numeric columns on a straight line between the neighbouring values, after sorting by a column such as a date.</source>
        <translation>按某列（如日期）排序后，在相邻值之间以直线填补数值列中的空缺。</translation>
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
        <translation>第 %1 行第 %2 列缺失或为无穷大：请在拟合前进行插补。</translation>
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
        <translation>k 近邻</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Predicts from the k most similar customers in the training data. No training time and no assumptions about shape, but predicting is slow on large data and it needs features on one scale.</source>
        <translation>根据训练数据中最相似的 k 位客户进行预测。无需训练时间，也不对数据形态作任何假设，但在大数据上预测较慢，且需要将特征缩放到同一尺度。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Neighbours (k)</source>
        <translation>近邻数（k）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many similar rows each prediction is based on. Small k follows the data closely (and its noise); large k gives smoother, more averaged predictions.</source>
        <translation>每次预测参考的相似行数。k 小则紧贴数据（包括噪声）；k 大则预测更平滑、更趋于平均。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Uniform</source>
        <translation>等权</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By distance</source>
        <translation>按距离</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neighbour weights</source>
        <translation>近邻权重</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;Uniform&quot;: every neighbour counts the same. &quot;By distance&quot;: closer neighbours count more (weight 1/distance), which helps when k is large.</source>
        <translation>“等权”：每个近邻的权重相同。“按距离”：越近的近邻权重越大（权重为 1/距离），k 较大时有帮助。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&apos;n_neighbors&apos; is %1 but there are only %2 training rows.</source>
        <translation>“n_neighbors”为 %1，但只有 %2 个训练行。</translation>
    </message>
</context>
<context>
    <name>pp::KnnImputeStep</name>
    <message numerus="yes">
        <location filename="../core/prep/knn_impute_step.cpp" line="+36"/>
        <source>Impute %1 from the %n nearest training rows</source>
        <translation>
            <numerusform>用最近的 %n 个训练行插补 %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>numeric columns</source>
        <translation>数值列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(distances on standardised values)</source>
        <translation>（基于标准化值计算距离）</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>— %n donor row(s)</source>
        <translation>
            <numerusform>— %n 个供体行</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Most donor rows</source>
        <translation>最大供体行数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training rows kept as neighbours (a seeded sample when there are more); 0 = all. The saved model holds these rows, and imputing is slower with more.</source>
        <translation>作为近邻保留的训练行数（行数更多时按随机种子抽样）；0 = 全部。保存的模型会包含这些行，行数越多插补越慢。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numeric columns used for the distance and imputed; none chosen = every numeric feature column.</source>
        <translation>用于计算距离并进行插补的数值列；不选择 = 所有数值特征列。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Neighbours</source>
        <translation>近邻数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many of the nearest training rows are averaged.</source>
        <translation>取平均的最近训练行数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standardise for distances</source>
        <translation>标准化后计算距离</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure distances on values standardised with the training means and standard deviations, so that a column in large units does not dominate. Filled values stay in the original units. Off = exactly scikit-learn&apos;s KNNImputer.</source>
        <translation>用训练均值和标准差标准化后再计算距离，避免单位较大的列占主导。填充值仍保持原始单位。关闭 = 与 scikit-learn 的 KNNImputer 完全一致。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&apos;%1&apos; has no values in the training rows; it stays missing.</source>
        <translation>“%1”在训练行中没有值；保持缺失。</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>not enough memory to impute the missing values.</source>
        <translation>内存不足，无法插补缺失值。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the fitted column list is missing.</source>
        <translation>缺少已拟合的列清单。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the fitted means and deviations do not match the columns.</source>
        <translation>已拟合的均值和标准差与列不匹配。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a donor row does not match the columns.</source>
        <translation>某个供体行与列不匹配。</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Impute from nearest neighbours</source>
        <translation>近邻插补</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fills a missing value with the average of the most similar training rows (k nearest neighbours).</source>
        <translation>用最相似的训练行（k 个最近邻）的平均值填充缺失值。</translation>
    </message>
</context>
<context>
    <name>pp::LinearRegression</name>
    <message>
        <location filename="../core/ml/linear_regression.cpp" line="+34"/>
        <source>Linear regression</source>
        <translation>线性回归</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fits a straight-line relationship between the features and the target (ordinary least squares). Fast and easy to explain: each coefficient is the change in the prediction per unit of its feature.</source>
        <translation>拟合特征与目标之间的线性关系（普通最小二乘法）。速度快、易于解释：每个系数表示其特征每变化一个单位时预测值的变化。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Solving least squares</source>
        <translation>正在求解最小二乘</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Some features are exact combinations of others (rank %1 of %2); their coefficients are shared among them and should not be read one by one.</source>
        <translation>部分特征是其他特征的精确线性组合（秩为 %1，共 %2 个）；它们的系数相互分摊，不应逐个解读。</translation>
    </message>
</context>
<context>
    <name>pp::LinearSvm</name>
    <message>
        <location filename="../core/ml/linear_svm.cpp" line="+146"/>
        <source>Linear SVM</source>
        <translation>线性 SVM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A linear support vector machine: finds the boundary with the widest margin between classes. Robust with many features. Its probabilities are a sigmoid fitted to the training scores (Platt scaling), not a cross-validated calibration: use them to rank, not as exact odds.</source>
        <translation>线性支持向量机：寻找类别之间间隔最宽的边界。特征很多时依然稳健。其概率是对训练分数拟合的 sigmoid（Platt 缩放），而不是经过交叉验证的校准：可用于排序，不宜当作精确的概率。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Inverse regularisation (C)</source>
        <translation>正则化强度倒数（C）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost of a training row on the wrong side of the margin. Smaller values give a wider, smoother margin that ignores some rows (less overfitting); larger values try to classify every training row correctly.</source>
        <translation>训练行落在间隔错误一侧的代价。值越小，间隔越宽越平滑，会忽略部分行（过拟合更少）；值越大，越力求把每个训练行都分对。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The training rows contain only one class; at least two are needed.</source>
        <translation>训练行中只有一个类别；至少需要两个。</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>The solver did not converge in %1 iterations. Increase max_iter, or standardise the features.</source>
        <translation>求解器在 %1 次迭代内未收敛。请增大 max_iter，或对特征进行标准化。</translation>
    </message>
</context>
<context>
    <name>pp::Log1pStep</name>
    <message numerus="yes">
        <location filename="../core/prep/transform_steps.cpp" line="+29"/>
        <source>column &apos;%1&apos; has %n value(s) of -1 or less, where log(1 + x) is not defined.</source>
        <translation>
            <numerusform>列“%1”中有 %n 个值小于或等于 -1，log(1 + x) 在这些值上无定义。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take log(1 + x) of %1</source>
        <translation>对 %1 取 log(1 + x)</translation>
    </message>
    <message>
        <location line="+217"/>
        <source>Log transform (log 1 + x)</source>
        <translation>对数变换（log 1 + x）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replaces x by log(1 + x) to tame long right tails such as spend. Values of -1 or less are an error or become missing.</source>
        <translation>将 x 替换为 log(1 + x)，以压缩消费金额等长右尾分布。小于或等于 -1 的值会报错或变为缺失。</translation>
    </message>
</context>
<context>
    <name>pp::LogisticRegression</name>
    <message>
        <location filename="../core/ml/logistic_regression.cpp" line="+168"/>
        <source>Logistic regression</source>
        <translation>逻辑回归</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A linear model of the odds of each class, with well-behaved probabilities. A strong, fast, explainable baseline for yes/no and segment predictions.</source>
        <translation>对各类别的几率建立线性模型，输出的概率表现良好。适合作为是/否预测和客户分群预测的基线模型：效果好、速度快、易解释。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Inverse regularisation (C)</source>
        <translation>正则化强度倒数（C）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inverse of the regularisation strength: smaller values shrink the coefficients more and reduce overfitting; larger values fit the training data more closely.</source>
        <translation>正则化强度的倒数：值越小，系数收缩越多，过拟合越少；值越大，对训练数据拟合得越紧。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The label &apos;%1&apos; has the same value in every training row, so there is nothing to learn for it.</source>
        <translation>标签“%1”在所有训练行中取值相同，因此无法从中学习。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The training rows contain only one class; at least two are needed.</source>
        <translation>训练行中只有一个类别；至少需要两个。</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>The solver did not converge in %1 iterations. Increase max_iter, or standardise the features.</source>
        <translation>求解器在 %1 次迭代内未收敛。请增大 max_iter，或对特征进行标准化。</translation>
    </message>
</context>
<context>
    <name>pp::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="+101"/>
        <location line="+2"/>
        <location line="+32"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>%1 is stored in the project.</source>
        <translation>%1 已保存到项目中。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The run could not be recorded in the project: %1</source>
        <translation>无法将此次运行记录到项目中：%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The Prepare page shows the project&apos;s pipeline “%1”.</source>
        <translation>“准备”页面显示项目的流程“%1”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project has %1 more (File › Project Pipelines…).</source>
        <translation>项目中还有 %1 个流程（文件 › 项目流程…）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pipeline could not be saved in the project: %1</source>
        <translation>无法将流程保存到项目中：%1</translation>
    </message>
    <message>
        <location line="+36"/>
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
        <location line="+1"/>
        <source>Experiments</source>
        <translation>实验</translation>
    </message>
    <message>
        <location line="+70"/>
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
        <source>&amp;New Project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a project file that keeps data sets, runs and models</source>
        <translation>创建一个保存数据集、运行记录和模型的项目文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Project…</source>
        <translation>打开项目(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a Purchasing Power Studio project (.ppsproj)</source>
        <translation>打开购买力分析工作室项目（.ppsproj）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save Project &amp;As…</source>
        <translation>项目另存为(&amp;A)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the project to a new file and continue in the copy. (Changes are saved automatically; there is no Save.)</source>
        <translation>将项目复制到新文件并在副本中继续工作。（更改会自动保存，因此没有“保存”命令。）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close Project</source>
        <translation>关闭项目(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project &amp;Data Sets…</source>
        <translation>项目数据集(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a data set stored in the project</source>
        <translation>打开保存在项目中的数据集</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project &amp;Pipelines…</source>
        <translation>项目流程(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project Pipelines</source>
        <translation>项目流程</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open one of the pipelines kept in the project, or keep this one as a new pipeline</source>
        <translation>打开项目中保存的某个流程，或将当前流程另存为新流程</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save Runs to &amp;Project…</source>
        <translation>将运行保存到项目(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record the runs trained without a project in the open project, or in a new one</source>
        <translation>将未打开项目时训练的运行记录到当前项目或新项目中</translation>
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
        <source>Open Recent Pro&amp;ject</source>
        <translation>最近的项目(&amp;J)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved automatically: every change is written to the project file at once.</source>
        <translation>自动保存：每项更改都会立即写入项目文件。</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+336"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="-335"/>
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
        <location line="+10"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Project: %1 (saved automatically)</source>
        <translation>项目：%1（自动保存）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
Saved automatically: every change is written to the project file at once.</source>
        <translation>%1
自动保存：每项更改都会立即写入项目文件。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No recent projects</source>
        <translation>没有最近的项目</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear Recent Projects</source>
        <translation>清除最近的项目</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+34"/>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Error opening &apos;%1&apos;:
%2</source>
        <translation>打开“%1”时出错：
%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opened project %1.</source>
        <translation>已打开项目 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Prepare page shows its pipeline “%1”.</source>
        <translation>“准备”页面显示其流程“%1”。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+11"/>
        <location line="+66"/>
        <source>New Project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+67"/>
        <source>Error creating &apos;%1&apos;:
%2</source>
        <translation>创建“%1”时出错：
%2</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+6"/>
        <source>Save Project As</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error writing &apos;%1&apos;:
%2</source>
        <translation>写入“%1”时出错：
%2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Runs not saved in a project: %1</source>
        <translation>未保存到项目的运行：%1</translation>
    </message>
    <message>
        <location line="+74"/>
        <location line="+166"/>
        <source>Saving runs in project %1…</source>
        <translation>正在将运行记录保存到项目 %1…</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>Save Runs to Project</source>
        <translation>将运行保存到项目</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n run(s) could not be saved in project %2:
%3</source>
        <translation>
            <numerusform>%n 个运行中有 %1 个无法保存到项目 %2：
%3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Saved %n run(s) in project %1.</source>
        <translation>
            <numerusform>已将 %n 个运行保存到项目 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n trained run(s) not saved in a project. Save before closing?</source>
        <translation>
            <numerusform>有 %n 个已训练的运行尚未保存到项目中。关闭前要保存吗？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pipeline on the Prepare page is not saved in a project. Save it before closing?</source>
        <translation>“准备”页面上的流程尚未保存到项目中。关闭前要保存吗？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save records them in the open project %1, with their curves, metrics, predictions and models.</source>
        <translation>“保存”会将它们连同曲线、指标、预测和模型记录到已打开的项目 %1 中。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save… creates a project file that keeps the runs (curves, metrics, predictions and models) and the pipeline of the Prepare page.</source>
        <translation>“保存…”会新建一个项目文件，保存这些运行（曲线、指标、预测和模型）以及“准备”页面上的流程。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save… creates a project file that keeps the pipeline of the Prepare page (its steps, target and split).</source>
        <translation>“保存…”会新建一个项目文件，保存“准备”页面上的流程（步骤、目标和拆分）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unsaved Work</source>
        <translation>未保存的工作</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location line="+70"/>
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
        <translation>保留或删除您选择的列；目标列和标识符列始终保留。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The columns to keep or to drop.</source>
        <translation>要保留或删除的列。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keep only these</source>
        <translation>仅保留这些列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>drop these</source>
        <translation>删除这些列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep only the listed columns (plus target and id columns), or drop the listed ones.</source>
        <translation>仅保留列出的列（外加目标列和标识符列），或删除列出的列。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>choose at least one column to keep.</source>
        <translation>请至少选择一个要保留的列。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>column &apos;%1&apos; is a target or id column and can&apos;t be dropped here.</source>
        <translation>列“%1”是目标列或标识符列，不能在此删除。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Keep only %1</source>
        <translation>仅保留 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drop %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <location filename="../core/prep/select_steps.h" line="+18"/>
        <source>Choose columns</source>
        <translation>选择列</translation>
    </message>
</context>
<context>
    <name>pp::MetricNames</name>
    <message>
        <location filename="../ui/metric_names.cpp" line="+19"/>
        <source>MSE (mean squared error)</source>
        <translation>均方误差 MSE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RMSE (root mean squared error)</source>
        <translation>均方根误差 RMSE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MAE (mean absolute error)</source>
        <translation>平均绝对误差 MAE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R² (coefficient of determination)</source>
        <translation>决定系数 R²</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MAPE (mean absolute percentage error)</source>
        <translation>平均绝对百分比误差 MAPE</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/report/run_report.cpp" line="+44"/>
        <source>Rows left out of MAPE (target 0)</source>
        <translation>MAPE 排除的行（目标为 0）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balanced accuracy</source>
        <translation>平衡准确率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F1 score</source>
        <translation>F1 分数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F1 (macro average)</source>
        <translation>F1（宏平均）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F1 (weighted average)</source>
        <translation>F1（加权平均）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F1 (micro average)</source>
        <translation>F1（微平均）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ROC AUC</source>
        <translation>ROC AUC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PR AUC (average precision)</source>
        <translation>PR AUC（平均精确率）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log loss</source>
        <translation>对数损失</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hamming loss</source>
        <translation>汉明损失</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subset accuracy</source>
        <translation>子集准确率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label accuracy</source>
        <translation>标签准确率</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The average of the squared differences between prediction and actual value. Large errors count much more than small ones. Lower is better; 0 is perfect.</source>
        <translation>预测值与实际值之差的平方的平均值。大误差的影响远大于小误差。越低越好；0 表示完美。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The square root of MSE, in the unit of the target (e.g. yuan): a typical size of an error, with large errors weighing more. Lower is better.</source>
        <translation>MSE 的平方根，单位与目标相同（例如元）：代表误差的典型大小，大误差的权重更高。越低越好。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The average distance between prediction and actual value, in the unit of the target. Less sensitive to a few large errors than RMSE. Lower is better.</source>
        <translation>预测值与实际值之间的平均差距，单位与目标相同。与 RMSE 相比，对少数大误差不那么敏感。越低越好。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The share of the variation in the target that the model explains: 1 is perfect, 0 is no better than always predicting the average, below 0 is worse than that.</source>
        <translation>模型所能解释的目标变异的比例：1 表示完美，0 表示不比始终预测平均值更好，低于 0 表示比这还差。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The average error as a share of the actual value (0.1 = 10 %). Rows whose actual value is 0 are left out. Lower is better.</source>
        <translation>误差占实际值的平均比例（0.1 = 10%）。实际值为 0 的行不计入。越低越好。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rows whose actual value is 0 have no percentage error and were left out of MAPE.</source>
        <translation>实际值为 0 的行没有百分比误差，已从 MAPE 中排除。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The share of rows whose class was predicted correctly. Can look good on imbalanced data even when the rare class is always missed.</source>
        <translation>类别预测正确的行所占比例。在不平衡数据上，即使少数类别总是被漏掉，该值也可能看起来很好。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The average of the recall of each class: every class counts the same, whatever its size. 0.5 is chance level for two classes.</source>
        <translation>各类别召回率的平均值：无论类别大小，每个类别的权重相同。对两个类别而言，0.5 相当于随机水平。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Of the rows predicted as positive, the share that really are (for several classes: the average over classes). High precision means few false alarms.</source>
        <translation>在预测为正类的行中，真正为正类的比例（多个类别时：各类别的平均值）。精确率高意味着误报少。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Of the rows that really are positive, the share the model found (for several classes: the average over classes). High recall means few misses.</source>
        <translation>在真正为正类的行中，被模型找出的比例（多个类别时：各类别的平均值）。召回率高意味着漏报少。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The harmonic mean of precision and recall: high only when both are high.</source>
        <translation>精确率和召回率的调和平均数：只有两者都高时才高。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F1 computed for each class and averaged, every class counting the same.</source>
        <translation>对每个类别分别计算 F1 后取平均，每个类别的权重相同。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F1 computed for each class and averaged, weighted by how many rows each class has.</source>
        <translation>对每个类别分别计算 F1 后取平均，按各类别的行数加权。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F1 from the total counts over all labels: larger labels count more.</source>
        <translation>根据所有标签的总计数计算 F1：较大的标签权重更高。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The probability that a random positive row gets a higher score than a random negative one: 1 is perfect ranking, 0.5 is chance.</source>
        <translation>随机抽取的正类行得分高于随机抽取的负类行的概率：1 表示完美排序，0.5 相当于随机猜测。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The area under the precision-recall curve (average precision). More informative than ROC AUC when positives are rare. 1 is perfect.</source>
        <translation>精确率-召回率曲线下的面积（平均精确率）。正类稀少时比 ROC AUC 更有参考价值。1 表示完美。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How far the predicted probabilities are from the truth; confident wrong answers cost the most. Lower is better.</source>
        <translation>预测概率与真实情况的差距；自信但错误的预测代价最大。越低越好。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The share of individual labels predicted wrongly. Lower is better.</source>
        <translation>预测错误的单个标签所占比例。越低越好。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The share of rows with every label right at once. A strict measure.</source>
        <translation>所有标签同时预测正确的行所占比例。这是一个严格的指标。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The share of labels predicted correctly, averaged over labels.</source>
        <translation>预测正确的标签所占比例，按标签取平均。</translation>
    </message>
</context>
<context>
    <name>pp::MetricsTable</name>
    <message>
        <location filename="../ui/widgets/metrics_table.cpp" line="+44"/>
        <source>Train</source>
        <translation>训练集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows the model learned from (%1). Usually the best figures: compare with validation and test to spot overfitting.</source>
        <translation>模型用于学习的行（%1 行）。通常数值最好：与验证集和测试集对比可发现过拟合。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Validation</source>
        <translation>验证集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows held out during training (%1), used for early stopping and feature importance.</source>
        <translation>训练期间留出的行（%1 行），用于提前停止和特征重要性。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Test</source>
        <translation>测试集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows never seen during training (%1): the fairest estimate of how the model will do on new customers.</source>
        <translation>训练中从未见过的行（%1 行）：对模型在新客户上表现的最公正估计。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cross-validation</source>
        <translation>交叉验证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean ± standard deviation over %1 folds, each trained on the other folds.</source>
        <translation>%1 折的均值 ± 标准差，每折的模型都在其余各折上训练。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Higher is better.</source>
        <translation>越高越好。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lower is better.</source>
        <translation>越低越好。</translation>
    </message>
</context>
<context>
    <name>pp::MinMaxScaleStep</name>
    <message>
        <location filename="../core/prep/scale_steps.cpp" line="+201"/>
        <source>Scale %1 to %2</source>
        <translation>将 %1 缩放到 %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>numeric columns</source>
        <translation>数值列</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>training range of %1: %2 to %3</source>
        <translation>%1 的训练范围：%2 到 %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Minimum</source>
        <translation>最小值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The training minimum is mapped to this value.</source>
        <translation>训练最小值映射到此值。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum</source>
        <translation>最大值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The training maximum is mapped to this value.</source>
        <translation>训练最大值映射到此值。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clip new values</source>
        <translation>截断新值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep values of new data inside the range even when they lie outside the training range.</source>
        <translation>即使新数据的值超出训练范围，也将其限制在目标范围内。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the minimum must be below the maximum.</source>
        <translation>最小值必须小于最大值。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>the fitted ranges are incomplete.</source>
        <translation>已拟合的范围不完整。</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Min-max scale</source>
        <translation>最小-最大缩放</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maps the training minimum and maximum to a range such as 0 to 1.</source>
        <translation>将训练最小值和最大值映射到指定范围，例如 0 到 1。</translation>
    </message>
</context>
<context>
    <name>pp::MissingIndicatorStep</name>
    <message>
        <location filename="../core/prep/missing_steps.cpp" line="-81"/>
        <source>Add &lt;column&gt;_was_missing flags for columns with missing values</source>
        <translation>为有缺失值的列添加 &lt;列名&gt;_was_missing 标记</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add missing-value flags (no column had missing values in training)</source>
        <translation>添加缺失值标记（训练中没有列存在缺失值）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add missing-value flags for %1</source>
        <translation>为 %1 添加缺失值标记</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns to flag; none chosen = every feature column. Only columns with missing values in the training rows get a flag.</source>
        <translation>要标记的列；不选择 = 所有特征列。只有在训练行中有缺失值的列才会得到标记。</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+15"/>
        <source>a column named &apos;%1&apos; already exists.</source>
        <translation>已存在名为“%1”的列。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the fitted column list is missing.</source>
        <translation>缺少已拟合的列清单。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Flag missing values</source>
        <translation>标记缺失值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adds a 0/1 column &lt;column&gt;_was_missing for every column that had missing values in the training rows.</source>
        <translation>为训练行中有缺失值的每一列添加一个 0/1 列 &lt;列名&gt;_was_missing。</translation>
    </message>
</context>
<context>
    <name>pp::MissingView</name>
    <message>
        <location filename="../ui/widgets/missing_view.cpp" line="+42"/>
        <source>Add Missing-Value Flags to the Pipeline</source>
        <translation>向流程添加缺失值标记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds a 0/1 column &lt;column&gt;_was_missing for every column with missing values (step &quot;Flag missing values&quot; on the Prepare page).</source>
        <translation>为每个有缺失值的列添加一个 0/1 列 &lt;列名&gt;_was_missing（即“准备”页面上的“标记缺失值”步骤）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Where values are missing</source>
        <translation>缺失值的位置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing together</source>
        <translation>同时缺失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nullity correlation</source>
        <translation>缺失相关性</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Counting missing values…</source>
        <translation>正在统计缺失值…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Analysing missing values</source>
        <translation>正在分析缺失值</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt;b&gt;%1&lt;/b&gt; rows: &lt;b&gt;%2&lt;/b&gt; (%3) with at least one missing value, &lt;b&gt;%4&lt;/b&gt; with every value missing, &lt;b&gt;%5&lt;/b&gt; complete.</source>
        <translation>共 &lt;b&gt;%1&lt;/b&gt; 行：&lt;b&gt;%2&lt;/b&gt; 行（%3）至少有一个缺失值，&lt;b&gt;%4&lt;/b&gt; 行全部缺失，&lt;b&gt;%5&lt;/b&gt; 行完整。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 rows in %2 bands; darker = more missing</source>
        <translation>%1 行分为 %2 个条带；颜色越深 = 缺失越多</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One band per row; dark = missing</source>
        <translation>每行一个条带；深色 = 缺失</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Missing values per column</source>
        <translation>各列缺失值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No value is missing</source>
        <translation>没有缺失值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 columns with the most missing values</source>
        <translation>缺失值最多的 %1 列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 columns have missing values; hover a bar for counts</source>
        <translation>%2 列中有 %1 列存在缺失值；将鼠标悬停在条形上可查看计数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: %2 of %3 values missing (%4)</source>
        <translation>%1：%3 个值中缺失 %2 个（%4）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Missing (% of rows)</source>
        <translation>缺失（占行数的 %）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No column has some (but not all) of its values missing.</source>
        <translation>没有列是部分（而非全部）值缺失。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only one column has missing values: there is nothing to correlate.</source>
        <translation>只有一列存在缺失值：无法计算相关性。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 = always missing together, −1 = never; columns with missing values only</source>
        <translation>1 = 总是同时缺失，−1 = 从不同时缺失；仅包括有缺失值的列</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Sent to the Prepare page: %1 (%n column(s)).</source>
        <translation>
            <numerusform>已发送到“准备”页面：%1（%n 列）。</numerusform>
        </translation>
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
        <translation>提前停止耐心值</translation>
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
        <translation>损失函数</translation>
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
        <translation>在应用程序旁未找到神经网络组件（libppnn.so）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The neural-network component could not be loaded: %1</source>
        <translation>无法加载神经网络组件：%1</translation>
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
        <location filename="../core/nn/mlp_model.cpp" line="+295"/>
        <source>Training the neural network failed: %1</source>
        <translation>神经网络训练失败：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+27"/>
        <source>The model has not been trained.</source>
        <translation>模型尚未训练。</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>The model expects %1 features but got %2.</source>
        <translation>模型需要 %1 个特征，但得到 %2 个。</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <location line="+156"/>
        <source>There are no training rows.</source>
        <translation>没有训练数据行。</translation>
    </message>
</context>
<context>
    <name>pp::ModelBundle</name>
    <message>
        <location filename="../core/ml/model_bundle.cpp" line="+29"/>
        <source>Cannot write the file: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The column &apos;%1&apos; should be %2 (as in the training data) but holds values such as &apos;%3&apos;.</source>
        <translation>列“%1”应为%2类型（与训练数据一致），但包含“%3”这样的值。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>There is no trained model to save.</source>
        <translation>没有可保存的已训练模型。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cannot create the folder.</source>
        <translation>无法创建文件夹。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This is not valid JSON (%1 at byte %2).</source>
        <translation>这不是有效的 JSON（%1，位于第 %2 字节）。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This is not a Purchasing Power Studio model bundle.</source>
        <translation>这不是购买力分析工作室的模型包。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model was saved by a newer version of the application (bundle version %1).</source>
        <translation>该模型由更新版本的应用程序保存（模型包版本 %1）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown task &apos;%1&apos;.</source>
        <translation>未知任务“%1”。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>This folder holds no saved model (bundle.json is missing).</source>
        <translation>此文件夹中没有保存的模型（缺少 bundle.json）。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The model bundle holds no trained model.</source>
        <translation>该模型包中没有已训练的模型。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The column &apos;%1&apos; is missing; the model was trained with it.</source>
        <translation>缺少列“%1”；模型训练时使用了该列。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The pipeline changed the number of rows (%1 → %2); predictions can&apos;t be matched to the input rows. Remove row-dropping steps from the pipeline used for scoring.</source>
        <translation>流程改变了行数（%1 → %2），预测结果无法与输入行对应。请从用于评分的流程中移除会删除行的步骤。</translation>
    </message>
</context>
<context>
    <name>pp::ModelRegistry</name>
    <message>
        <location filename="../core/ml/model_registry.cpp" line="+87"/>
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
        <translation>未知模型“%1”。</translation>
    </message>
</context>
<context>
    <name>pp::ModelSupport</name>
    <message>
        <location filename="../core/ml/model_support.cpp" line="+15"/>
        <source>Maximum iterations</source>
        <translation>最大迭代次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upper limit on solver iterations. Training stops earlier once the tolerance is met; raise it if training ends with a &quot;did not converge&quot; warning.</source>
        <translation>求解器迭代次数的上限。达到容差后训练会提前结束；如果训练结束时出现“未收敛”警告，请调大此值。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tolerance</source>
        <translation>容差</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopping tolerance: the solver stops when its progress falls below this. Smaller values give a more exact solution and take longer.</source>
        <translation>停止容差：当求解器的进展小于此值时停止。值越小，解越精确，耗时越长。</translation>
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
        <translation>“均衡”按各类别出现频率的倒数设置权重，使少数类别（例如少数高消费客户）与常见类别同样重要。类别大小悬殊时使用。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Random seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed for the random order in which the solver visits rows. The same seed gives the same model; change it to check that results do not hinge on luck.</source>
        <translation>求解器遍历各行的随机顺序所用的种子。相同的种子得到相同的模型；更换种子可检验结果是否依赖运气。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Accepted by every model so that one script can give all of them the same seed. This model has no randomness (the same data always give the same model), so the seed changes nothing.</source>
        <translation>所有模型都接受此参数，以便一个脚本可以给所有模型相同的种子。此模型没有随机性（相同的数据总是得到相同的模型），因此种子不会改变任何结果。</translation>
    </message>
</context>
<context>
    <name>pp::NullityMatrixChart</name>
    <message>
        <location filename="../ui/charts/nullity_matrix_chart.cpp" line="+76"/>
        <source>Nothing to show.</source>
        <translation>没有可显示的内容。</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Complete</source>
        <translation>完整</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1–%2 of %3</source>
        <translation>%1–%2/%3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rows %1–%2</source>
        <translation>第 %1–%2 行</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1
%2 of the cells present; %3 to %4 values per row</source>
        <translation>%1
%2 的单元格有值；每行 %3 到 %4 个值</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1
%2: %3 missing</source>
        <translation>%1
%2：缺失 %3</translation>
    </message>
</context>
<context>
    <name>pp::OneHotStep</name>
    <message>
        <location filename="../core/prep/onehot_step.cpp" line="+57"/>
        <location line="+8"/>
        <source>One-hot encode %1</source>
        <translation>对 %1 进行独热编码</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>categorical columns</source>
        <translation>分类列</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 → %n column(s)</source>
        <translation>
            <numerusform>%1 → %n 列</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>and %n more</source>
        <translation>
            <numerusform>等另外 %n 列</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One-hot encode (no categorical columns)</source>
        <translation>独热编码（无分类列）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown categories → all zeros</source>
        <translation>未知类别 → 全零</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns to encode; none chosen = every categorical and yes/no feature column. Numeric and text columns can be chosen explicitly.</source>
        <translation>要编码的列；不选择 = 所有分类和布尔特征列。数值列和文本列可以手动选择。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Most columns per feature</source>
        <translation>每个特征最多列数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most this many columns per feature, the least frequent categories sharing an &apos;other&apos; column (0 = no limit; otherwise at least 2).</source>
        <translation>每个特征最多生成这么多列，最少见的类别共用一个“other”列（0 = 不限；否则至少为 2）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First</source>
        <translation>第一列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>If two categories</source>
        <translation>仅当有两个类别时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop a column</source>
        <translation>删除一列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop the first column of each feature (avoids redundant columns for linear models), or only for features with two categories.</source>
        <translation>删除每个特征的第一列（避免线性模型出现冗余列），或仅对只有两个类别的特征删除。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&apos;max_categories&apos; must be 0 (no limit) or at least 2.</source>
        <translation>“max_categories”必须为 0（不限）或至少为 2。</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>the output column &apos;%1&apos; already exists.</source>
        <translation>输出列“%1”已存在。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>&apos;%1&apos; becomes %n columns; consider max_categories or another encoding.</source>
        <translation>
            <numerusform>“%1”将生成 %n 列；请考虑设置 max_categories 或改用其他编码。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+84"/>
        <source>the fitted column list is missing.</source>
        <translation>缺少已拟合的列清单。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the categories of &apos;%1&apos; are missing.</source>
        <translation>缺少“%1”的类别。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>One-hot encode</source>
        <translation>独热编码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turns each category into a 0/1 column, with the categories of the training rows; categories not seen in training give all zeros.</source>
        <translation>将每个类别转换为一个 0/1 列，类别取自训练行；训练中未出现的类别全部为 0。</translation>
    </message>
</context>
<context>
    <name>pp::OrdinalStep</name>
    <message>
        <location filename="../core/prep/encode_steps.cpp" line="-249"/>
        <source>Encode %1 as numbers in sorted order</source>
        <translation>将 %1 按排序顺序编码为数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encode %1 as 0, 1, 2… in the order %2</source>
        <translation>将 %1 按顺序 %2 编码为 0、1、2…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown → -1</source>
        <translation>未知 → -1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown → missing</source>
        <translation>未知 → 缺失</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The column whose categories have an order.</source>
        <translation>其类别具有顺序的列。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The categories from lowest to highest (e.g. bronze, silver, gold); they become 0, 1, 2… Empty = the training categories in sorted order.</source>
        <translation>从低到高排列的类别（例如 bronze、silver、gold），依次编码为 0、1、2…。留空 = 训练类别按排序顺序排列。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>-1</source>
        <translation>-1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other values</source>
        <translation>其他值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What a value that is not in the order becomes.</source>
        <translation>不在顺序中的值编码为什么。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>categorical, yes/no, text or numeric</source>
        <translation>分类、布尔、文本或数值</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; appears twice in the order.</source>
        <translation>“%1”在顺序中出现了两次。</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n training value(s) of &apos;%1&apos; are not in the order.</source>
        <translation>
            <numerusform>“%1”中有 %n 个训练值不在顺序中。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+53"/>
        <source>the fitted categories are missing.</source>
        <translation>缺少已拟合的类别。</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Ordinal encode</source>
        <translation>序数编码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replaces ordered categories (bronze &lt; silver &lt; gold) by 0, 1, 2… in an order you give.</source>
        <translation>按您给定的顺序，将有序类别（bronze &lt; silver &lt; gold）替换为 0、1、2…。</translation>
    </message>
</context>
<context>
    <name>pp::OutlierAnalysis</name>
    <message>
        <location filename="../ui/models/outlier_analysis.cpp" line="+54"/>
        <source>IQR × %1</source>
        <translation>IQR × %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>|z| &gt; %1</source>
        <translation>|z| &gt; %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>modified |z| (MAD) &gt; %1</source>
        <translation>修正 |z|（MAD）&gt; %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Isolation Forest, %1 trees, score &gt; %2</source>
        <translation>孤立森林，%1 棵树，分数 &gt; %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Isolation Forest, %1 trees, %2 contamination</source>
        <translation>孤立森林，%1 棵树，污染比例 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+57"/>
        <source>Choose at least one numeric column.</source>
        <translation>请至少选择一个数值列。</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>An Isolation Forest scores whole rows, not values: there are no bounds to clip at. Drop or flag the rows instead.</source>
        <translation>孤立森林对整行打分，而不是对单个值：没有可截断的边界。请改为删除或标记这些行。</translation>
    </message>
</context>
<context>
    <name>pp::OutlierBoundsStep</name>
    <message>
        <location filename="../core/prep/outlier_steps.cpp" line="-301"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numeric columns to check; none chosen = every numeric feature column.</source>
        <translation>要检查的数值列；不选择 = 所有数值特征列。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>IQR fences</source>
        <translation>IQR 界限</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Z-score</source>
        <translation>z 分数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Percentiles</source>
        <translation>百分位数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Modified z-score (MAD)</source>
        <translation>修正 z 分数（MAD）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bounds</source>
        <translation>界限类型</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>IQR multiplier (k)</source>
        <translation>IQR 倍数（k）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1.5 is Tukey&apos;s usual fence; 3 keeps only extreme outliers.</source>
        <translation>1.5 是 Tukey 的常用界限；3 只会保留极端异常值。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Z-score threshold</source>
        <translation>z 分数阈值</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>IQR: below Q1 − k·IQR or above Q3 + k·IQR. Z-score: more than the threshold times the standard deviation from the mean. Modified z-score: 0.6745 × the distance from the median over the median absolute deviation (MAD) above its threshold; robust to the outliers themselves. Percentiles: outside the low and high percentiles. All learned on the training rows.</source>
        <translation>IQR：小于 Q1 − k·IQR 或大于 Q3 + k·IQR。z 分数：与均值的距离超过阈值倍的标准差。修正 z 分数：0.6745 × 与中位数的距离 ÷ 中位数绝对偏差（MAD）超过阈值；不受异常值本身影响。百分位数：超出下、上百分位数。全部在训练行上学习得到。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How many standard deviations (sample, ddof = 1, as pandas) from the mean.</source>
        <translation>与均值相差多少个标准差（样本标准差，ddof = 1，与 pandas 相同）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modified z-score threshold</source>
        <translation>修正 z 分数阈值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iglewicz and Hoaglin recommend 3.5. When over half the training values equal the median (MAD = 0), 1.253314 × the mean absolute deviation is used instead.</source>
        <translation>Iglewicz 与 Hoaglin 建议取 3.5。当超过一半的训练值等于中位数（MAD = 0）时，改用 1.253314 × 平均绝对偏差。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low percentile</source>
        <translation>下百分位数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower bound as a percentile of the training values (numpy&apos;s linear interpolation).</source>
        <translation>下界，取训练值的该百分位数（按 numpy 的线性插值）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High percentile</source>
        <translation>上百分位数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upper bound as a percentile of the training values.</source>
        <translation>上界，取训练值的该百分位数。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the low percentile (%1) must be below the high one (%2).</source>
        <translation>下百分位数（%1）必须小于上百分位数（%2）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;%1&apos; has no values in the training rows; it is left as it is.</source>
        <translation>“%1”在训练行中没有值；保持原样。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>|z| &gt; %1</source>
        <translation>|z| &gt; %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>modified |z| (MAD) &gt; %1</source>
        <translation>修正 |z|（MAD）&gt; %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>percentiles %1–%2</source>
        <translation>百分位数 %1–%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IQR × %1</source>
        <translation>IQR × %1</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>and %n more</source>
        <translation>
            <numerusform>等另外 %n 列</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the fitted column list is missing.</source>
        <translation>缺少已拟合的列清单。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the fitted bounds are incomplete.</source>
        <translation>已拟合的界限不完整。</translation>
    </message>
</context>
<context>
    <name>pp::OutlierSettingsPanel</name>
    <message>
        <location filename="../ui/widgets/outlier_settings_panel.cpp" line="+51"/>
        <source>IQR fences</source>
        <translation>IQR 界限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Z-score</source>
        <translation>z 分数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modified z-score (MAD)</source>
        <translation>修正 z 分数（MAD）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Isolation Forest</source>
        <translation>孤立森林</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tukey: below Q1 − k·IQR or above Q3 + k·IQR, per column</source>
        <translation>Tukey 法：小于 Q1 − k·IQR 或大于 Q3 + k·IQR，逐列判断</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More than the threshold standard deviations from the mean, per column</source>
        <translation>与均值相差超过阈值个标准差，逐列判断</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iglewicz &amp; Hoaglin: 0.6745·|x − median| / MAD above the threshold; robust to the outliers themselves</source>
        <translation>Iglewicz 与 Hoaglin 法：0.6745·|x − 中位数| / MAD 超过阈值；不受异常值本身影响</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Multivariate: rows that random splits isolate quickly, over all chosen columns together</source>
        <translation>多变量：综合所有选定列，被随机分裂很快孤立出来的行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1.5 is Tukey&apos;s usual fence; 3 keeps only extreme outliers</source>
        <translation>1.5 是 Tukey 的常用界限；3 只会保留极端异常值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share flagged</source>
        <translation>标记比例</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Score above</source>
        <translation>分数高于</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anomaly scores lie in (0, 1]; around 0.5 is ordinary, close to 1 clearly anomalous</source>
        <translation>异常分数取值范围为 (0, 1]；0.5 左右为正常，接近 1 为明显异常</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Numeric columns to check</source>
        <translation>要检查的数值列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Method:</source>
        <translation>方法：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>k:</source>
        <translation>k：</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Threshold:</source>
        <translation>阈值：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trees:</source>
        <translation>树的数量：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample size:</source>
        <translation>样本量：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seed:</source>
        <translation>随机种子：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Columns:</source>
        <translation>列：</translation>
    </message>
</context>
<context>
    <name>pp::OutlierView</name>
    <message>
        <location filename="../ui/widgets/outlier_view.cpp" line="+44"/>
        <source>Highlight flagged rows on the Data page</source>
        <translation>在“数据”页面高亮显示被标记的行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drop Rows in the Pipeline</source>
        <translation>在流程中删除行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clip Values in the Pipeline</source>
        <translation>在流程中截断值</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+193"/>
        <source>Flag Values in the Pipeline</source>
        <translation>在流程中标记值</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Choose at least one numeric column.</source>
        <translation>请至少选择一个数值列。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Looking for outliers…</source>
        <translation>正在查找异常值…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Looking for outliers</source>
        <translation>正在查找异常值</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>&lt;b&gt;%1&lt;/b&gt; of %2 rows flagged (%3) by %4 over %n column(s).</source>
        <translation>
            <numerusform>按 %4 在 %n 列上标记了 %2 行中的 &lt;b&gt;%1&lt;/b&gt; 行（%3）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Score threshold %1.</source>
        <translation>分数阈值 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 rows with missing values were scored with column medians.</source>
        <translation>%1 个含缺失值的行先用列中位数填补，再计算分数。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Outliers per column</source>
        <translation>各列异常值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hover a bar for the bounds</source>
        <translation>将鼠标悬停在条形上可查看界限</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outliers</source>
        <translation>异常值</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: %2 of %3 values outside [%4, %5]</source>
        <translation>%1：%3 个值中有 %2 个超出 [%4, %5]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MAD is 0: scaled by the mean absolute deviation instead</source>
        <translation>MAD 为 0：改用平均绝对偏差缩放</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Number of outlier values</source>
        <translation>异常值个数</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Anomaly scores</source>
        <translation>异常分数</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Threshold: rows to the right are flagged</source>
        <translation>阈值：右侧的行被标记</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Anomaly score</source>
        <translation>异常分数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of rows</source>
        <translation>行数</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 over %n column(s)</source>
        <translation>
            <numerusform>%1（%n 列）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Adds a step that removes the training rows with outliers (rows to score are kept)</source>
        <translation>添加一个步骤，删除含异常值的训练行（待打分的行会保留）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds a step that caps values at the bounds</source>
        <translation>添加一个步骤，将值截断到界限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds a 0/1 column &lt;column&gt;_outlier per column, keeping the values</source>
        <translation>为每列添加一个 0/1 列 &lt;列名&gt;_outlier，并保留原值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flag Rows in the Pipeline</source>
        <translation>在流程中标记行</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Adds a step that fits the forest on the training rows and adds a 0/1 column iforest_outlier to every data set, keeping all rows</source>
        <translation>添加一个步骤：在训练行上拟合孤立森林，并为每个数据集添加 0/1 列 iforest_outlier，保留所有行</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sent to the Prepare page: %1.</source>
        <translation>已发送到“准备”页面：%1。</translation>
    </message>
</context>
<context>
    <name>pp::PaintedChart</name>
    <message>
        <location filename="../ui/charts/painted_chart.cpp" line="+137"/>
        <source>Cannot write &apos;%1&apos;.</source>
        <translation>无法写入“%1”。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image (*.png);;SVG vector image (*.svg)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Export as PNG or SVG…</source>
        <translation>导出为 PNG 或 SVG…</translation>
    </message>
</context>
<context>
    <name>pp::ParamForm</name>
    <message>
        <location filename="../ui/widgets/param_form.cpp" line="+121"/>
        <source>Advanced settings</source>
        <translation>高级设置</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Parameters that rarely need changing</source>
        <translation>很少需要更改的参数</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Parameter: %1</source>
        <translation>参数：%1</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>e.g. 128,64</source>
        <translation>例如 128,64</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>comma-separated</source>
        <translation>以逗号分隔</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1: whole numbers separated by commas, e.g. 128,64</source>
        <translation>%1：以逗号分隔的整数，例如 128,64</translation>
    </message>
</context>
<context>
    <name>pp::Params</name>
    <message>
        <location filename="../core/common/params.cpp" line="+21"/>
        <source>between %1 and %2</source>
        <translation>介于 %1 和 %2 之间</translation>
    </message>
    <message>
        <location line="+105"/>
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
        <location line="+44"/>
        <source>Unknown parameter &apos;%1&apos;. Known parameters: %2.</source>
        <translation>未知参数“%1”。可用参数：%2。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; and &apos;%2&apos; name the same parameter; give only one.</source>
        <translation>&apos;%1&apos; 和 &apos;%2&apos; 是同一个参数，只能给出其中一个。</translation>
    </message>
</context>
<context>
    <name>pp::Pipeline</name>
    <message>
        <location filename="../core/prep/pipeline.cpp" line="+39"/>
        <location line="+215"/>
        <location filename="../ui/pipeline_preview.cpp" line="+40"/>
        <source>Step %1 (%2): %3</source>
        <translation>第 %1 步（%2）：%3</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>it has not been fitted; fit the pipeline on training rows first.</source>
        <translation>该步骤尚未拟合；请先在训练行上拟合流程。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The pipeline has an invalid version.</source>
        <translation>流程的版本无效。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pipeline was written by a newer version (format %1; this version reads %2).</source>
        <translation>该流程由更新版本写入（格式 %1；本版本支持 %2）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pipeline has no &quot;steps&quot; list.</source>
        <translation>流程中没有 &quot;steps&quot; 列表。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Step %1 is not a JSON object.</source>
        <translation>第 %1 步不是 JSON 对象。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step %1 has no &quot;kind&quot;.</source>
        <translation>第 %1 步没有 &quot;kind&quot;。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step %1: unknown step kind &apos;%2&apos;.</source>
        <translation>第 %1 步：未知的步骤类型“%2”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step %1 (%2): &quot;params&quot; must be an object.</source>
        <translation>第 %1 步（%2）：&quot;params&quot; 必须是对象。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Step %1 (%2): the saved fitted state cannot be read: %3</source>
        <translation>第 %1 步（%2）：无法读取保存的拟合状态：%3</translation>
    </message>
</context>
<context>
    <name>pp::PipelineDocument</name>
    <message>
        <location filename="../ui/pipeline_document.cpp" line="+130"/>
        <source>The pipeline was written by a newer version (format %1; this version reads %2).</source>
        <translation>该流程由更新版本写入（格式 %1；本版本支持 %2）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pipeline has no &quot;steps&quot; list.</source>
        <translation>流程中没有 &quot;steps&quot; 列表。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Step %1 (%2): %3</source>
        <translation>第 %1 步（%2）：%3</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+13"/>
        <source>Add “%1”</source>
        <translation>添加“%1”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete “%1”</source>
        <translation>删除“%1”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Duplicate “%1”</source>
        <translation>复制“%1”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move “%1”</source>
        <translation>移动“%1”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enable “%1”</source>
        <translation>启用“%1”</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disable “%1”</source>
        <translation>停用“%1”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no step %1.</source>
        <translation>没有第 %1 步。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Change “%1”</source>
        <translation>更改“%1”</translation>
    </message>
</context>
<context>
    <name>pp::PipelinePreview</name>
    <message>
        <location filename="../ui/pipeline_preview.cpp" line="+258"/>
        <source>The rows cannot be split: %1</source>
        <translation>无法划分行：%1</translation>
    </message>
</context>
<context>
    <name>pp::PipelineStepModel</name>
    <message>
        <location filename="../ui/models/pipeline_step_model.cpp" line="+116"/>
        <source>Disabled: the pipeline skips this step.</source>
        <translation>已停用：流程会跳过此步骤。</translation>
    </message>
</context>
<context>
    <name>pp::PowerStep</name>
    <message>
        <location filename="../core/prep/power_steps.cpp" line="+111"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Box-Cox</source>
        <translation>Box-Cox</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yeo-Johnson</source>
        <translation>Yeo-Johnson</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 transform of %2</source>
        <translation>对 %2 进行 %1 变换</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numeric columns</source>
        <translation>数值列</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>then standardised</source>
        <translation>然后标准化</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Numeric columns with only positive values; none chosen = every numeric feature column.</source>
        <translation>仅含正值的数值列；不选择 = 所有数值特征列。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numeric columns; none chosen = every numeric feature column.</source>
        <translation>数值列；不选择 = 所有数值特征列。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standardise</source>
        <translation>标准化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afterwards subtract the mean and divide by the standard deviation of the transformed training values (scikit-learn&apos;s default).</source>
        <translation>变换后再减去变换后训练值的均值并除以其标准差（scikit-learn 的默认做法）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop with an error</source>
        <translation>报错并停止</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make them missing</source>
        <translation>设为缺失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zero or negative values</source>
        <translation>零或负值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Box-Cox is defined for positive values only. &apos;Make them missing&apos; leaves them out of the fit and turns them into missing values.</source>
        <translation>Box-Cox 仅适用于正值。“设为缺失”会将它们排除在拟合之外，并转为缺失值。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&apos;%1&apos; has fewer than two distinct training values; λ = 1 is used.</source>
        <translation>“%1”在训练数据中只有不到两个不同的值；使用 λ = 1。</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>the fitted column list is missing.</source>
        <translation>缺少已拟合的列清单。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the fitted lambdas are incomplete.</source>
        <translation>已拟合的 λ 值不完整。</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>column &apos;%1&apos; has %n value(s) of zero or less; Box-Cox needs positive values (use Yeo-Johnson or log(1 + x) instead).</source>
        <translation>
            <numerusform>列“%1”中有 %n 个值小于或等于零；Box-Cox 需要正值（请改用 Yeo-Johnson 或 log(1 + x)）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Box-Cox transform</source>
        <translation>Box-Cox 变换</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Makes positive, skewed columns closer to normal with a power λ fitted on the training rows.</source>
        <translation>用在训练行上拟合的幂参数 λ，使取值为正的偏态列更接近正态分布。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Yeo-Johnson transform</source>
        <translation>Yeo-Johnson 变换</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Makes skewed columns closer to normal with a power λ fitted on the training rows; works with zero and negative values.</source>
        <translation>用在训练行上拟合的幂参数 λ，使偏态列更接近正态分布；适用于零和负值。</translation>
    </message>
</context>
<context>
    <name>pp::PreparePage</name>
    <message>
        <location filename="../ui/pages/prepare_page.cpp" line="+92"/>
        <location line="+499"/>
        <source>Add Step</source>
        <translation>添加步骤</translation>
    </message>
    <message>
        <location line="-495"/>
        <source>Add a preprocessing step after the selected one</source>
        <translation>在所选步骤之后添加预处理步骤</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+83"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+88"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Step “%1” added to the pipeline on the Prepare page.</source>
        <translation>已将步骤“%1”添加到“准备”页面的流程中。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The preview was cancelled. It is computed again with the next change, or press Refresh.</source>
        <translation>预览已取消。下次更改时会重新计算，也可以点击“刷新”。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Open Pipeline…</source>
        <translation>打开流程…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the steps with those of a pipeline file (JSON)</source>
        <translation>用流程文件（JSON）中的步骤替换当前步骤</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save Pipeline…</source>
        <translation>保存流程…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the steps to a pipeline file (JSON) for another data set or ppstudio-cli prepare</source>
        <translation>将步骤保存为流程文件（JSON），以用于其他数据集或 ppstudio-cli prepare</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recommended</source>
        <translation>推荐流程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the steps with the recommended pipeline for this table</source>
        <translation>用适合此表的推荐流程替换当前步骤</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert a copy of the selected step after it</source>
        <translation>在所选步骤之后插入它的副本</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected step</source>
        <translation>删除所选步骤</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected step up (or drag it in the list)</source>
        <translation>上移所选步骤（也可在列表中拖动）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected step down (or drag it in the list)</source>
        <translation>下移所选步骤（也可在列表中拖动）</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Drag to reorder; untick to skip a step.</source>
        <translation>拖动可调整顺序；取消勾选可跳过步骤。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rows</source>
        <translation>数据划分</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Build the preparation pipeline</source>
        <translation>构建数据准备流程</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start from the Recommended Pipeline</source>
        <translation>从推荐流程开始</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>…or add steps one by one with “Add Step”, or open a saved pipeline.</source>
        <translation>……或通过“添加步骤”逐个添加步骤，或打开已保存的流程。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select a step to change its settings.</source>
        <translation>选择一个步骤以更改其设置。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compute the preview again</source>
        <translation>重新计算预览</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before / After</source>
        <translation>前后对比</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <location line="+22"/>
        <source>Steps get %1 ready for modelling: handle missing values and outliers, transform and scale numbers, encode categories, build and select features. Each step is fitted on the &lt;b&gt;training rows only&lt;/b&gt; and replayed unchanged on validation, test and new data, so nothing leaks from the rows a model is judged on.</source>
        <translation>各个步骤会让 %1 为建模做好准备：处理缺失值和异常值，变换和缩放数值，编码类别，构造和选择特征。每个步骤&lt;b&gt;仅在训练行上&lt;/b&gt;拟合，再原样应用于验证集、测试集和新数据，因此用于评判模型的行不会有任何信息泄漏。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The recommended pipeline drops identifier and free-text columns, turns dates into parts, fills missing values (median, most frequent), one-hot encodes categories and standardises numbers.</source>
        <translation>推荐流程会删除标识符列和自由文本列，将日期拆分为各个组成部分，填充缺失值（中位数、最常见值），对类别进行独热编码，并对数值进行标准化。</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Disabled: the pipeline skips this step.</source>
        <translation>已停用：流程会跳过此步骤。</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Use the recommended pipeline</source>
        <translation>使用推荐流程</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recommended Pipeline</source>
        <translation>推荐流程</translation>
    </message>
    <message>
        <location filename="../ui/pages/prepare_page_files.cpp" line="+23"/>
        <location line="+25"/>
        <source>Open Pipeline</source>
        <translation>打开流程</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Pipeline files (*.json);;All files (*)</source>
        <translation>流程文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+43"/>
        <location line="+7"/>
        <source>Save Pipeline</source>
        <translation>保存流程</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Pipeline files (*.json)</source>
        <translation>流程文件 (*.json)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Error opening &apos;%1&apos;:
%2</source>
        <translation>打开“%1”时出错：
%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not valid JSON at character %1: %2</source>
        <translation>第 %1 个字符处不是有效的 JSON：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A pipeline file holds a JSON object with a &quot;steps&quot; list.</source>
        <translation>流程文件应包含一个带有 &quot;steps&quot; 列表的 JSON 对象。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open pipeline %1</source>
        <translation>打开流程 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Opened pipeline %1 (%n step(s)).</source>
        <translation>
            <numerusform>已打开流程 %1（%n 个步骤）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+7"/>
        <source>Error saving &apos;%1&apos;:
%2</source>
        <translation>保存“%1”时出错：
%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved pipeline to %1.</source>
        <translation>已将流程保存到 %1。</translation>
    </message>
    <message>
        <location filename="../ui/pages/prepare_page_preview.cpp" line="+70"/>
        <source>Previewing the pipeline</source>
        <translation>正在预览流程</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Preview fitted on %1 of %2 training rows (a seeded sample); the Train page fits on all of them.</source>
        <translation>预览在 %2 个训练行中的 %1 行（按随机种子抽样）上拟合；“训练”页面会在全部训练行上拟合。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preview fitted on all %1 training rows.</source>
        <translation>预览在全部 %1 个训练行上拟合。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Validation (%1) and test (%2) rows are never fitted on.</source>
        <translation>验证行（%1）和测试行（%2）从不参与拟合。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Result: %1 rows × %2 columns; the first %3 are shown.</source>
        <translation>结果：%1 行 × %2 列；显示前 %3 行。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rows: %1 train · %2 valid · %3 test</source>
        <translation>行数：训练 %1 · 验证 %2 · 测试 %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The table shows the training rows after step %1.</source>
        <translation>表格显示第 %1 步之后的训练行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The table shows the training rows before any step.</source>
        <translation>表格显示未经任何步骤处理的训练行。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add a step to see how it changes each column.</source>
        <translation>添加步骤后，即可查看它如何改变各列。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a step to see how it changes each column.</source>
        <translation>选择一个步骤，即可查看它如何改变各列。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Step %1 (%2) is disabled: it changes nothing.</source>
        <translation>第 %1 步（%2）已停用：不做任何更改。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Step %1 (%2) did not run: an earlier step or this one failed.</source>
        <translation>第 %1 步（%2）未运行：之前的某个步骤或此步骤失败。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updating…</source>
        <translation>正在更新…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step %1 (%2) on the training rows: %3 rows in, %4 out.</source>
        <translation>第 %1 步（%2）在训练行上：输入 %3 行，输出 %4 行。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No column changed.</source>
        <translation>没有列发生变化。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Grey: the step&apos;s input; blue: its output, on the same bins.</source>
        <translation>灰色：步骤的输入；蓝色：步骤的输出，两者使用相同的分箱。</translation>
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
    <name>pp::ProjectCommand</name>
    <message>
        <location filename="../ui/project_commands.cpp" line="+31"/>
        <source>Rename Run</source>
        <translation>重命名运行记录</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Edit Run Note</source>
        <translation>编辑运行备注</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Delete Run</source>
        <translation>删除运行记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete Runs</source>
        <translation>删除运行记录</translation>
    </message>
</context>
<context>
    <name>pp::ProjectDatasetsDialog</name>
    <message>
        <location filename="../ui/dialogs/project_datasets_dialog.cpp" line="+23"/>
        <source>Project Data Sets</source>
        <translation>项目数据集</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Columns</source>
        <translation>列数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source file</source>
        <translation>源文件</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No project is open.</source>
        <translation>未打开项目。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This project holds no data sets yet. Files you open on the Data page while the project is open are stored in it.</source>
        <translation>此项目还没有数据集。项目打开期间在“数据”页面打开的文件会保存到项目中。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data sets stored in project &lt;b&gt;%1&lt;/b&gt;. Opening one reads it from the project, not from its source file.</source>
        <translation>保存在项目 &lt;b&gt;%1&lt;/b&gt; 中的数据集。打开时从项目读取，而不是从源文件读取。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file is gone; the data set is kept in the project.</source>
        <translation>源文件已不存在；数据集仍保存在项目中。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The data set now open</source>
        <translation>当前打开的数据集</translation>
    </message>
</context>
<context>
    <name>pp::ProjectPipelinesDialog</name>
    <message>
        <location filename="../ui/dialogs/project_pipelines_dialog.cpp" line="+25"/>
        <source>Project Pipelines</source>
        <translation>项目流程</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save Current as New…</source>
        <translation>将当前流程另存为新流程…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the Prepare page&apos;s pipeline as another pipeline of the project</source>
        <translation>将“准备”页面上的流程另存为项目中的另一个流程</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No project is open.</source>
        <translation>未打开项目。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This project holds no pipeline yet. The pipeline you build on the Prepare page is saved in it automatically.</source>
        <translation>此项目中还没有流程。您在“准备”页面上构建的流程会自动保存到项目中。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pipelines kept in project &lt;b&gt;%1&lt;/b&gt;. The one in bold is on the Prepare page: its changes are saved into it automatically.</source>
        <translation>保存在项目 &lt;b&gt;%1&lt;/b&gt; 中的流程。粗体显示的是“准备”页面上的流程：其修改会自动保存到其中。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No steps</source>
        <translation>没有步骤</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On the Prepare page now</source>
        <translation>当前在“准备”页面上</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open Pipeline</source>
        <translation>打开流程</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save Current as New</source>
        <translation>将当前流程另存为新流程</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the new pipeline:</source>
        <translation>新流程的名称：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline %1</source>
        <translation>流程 %1</translation>
    </message>
</context>
<context>
    <name>pp::ProjectSession</name>
    <message>
        <location filename="../ui/project_session.cpp" line="+76"/>
        <source>Purchasing Power Studio projects (*.ppsproj)</source>
        <translation>购买力分析工作室项目 (*.ppsproj)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The existing file could not be replaced.</source>
        <translation>无法替换已有文件。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+195"/>
        <source>No project is open.</source>
        <translation>未打开项目。</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Pipeline %1</source>
        <translation>流程 %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The pipeline “%1” of the project could not be put on the Prepare page:
%2</source>
        <translation>无法将项目中的流程“%1”放到“准备”页面上：
%2</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The project has no pipeline %1.</source>
        <translation>项目中没有流程 %1。</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Storing %1 in the project</source>
        <translation>正在将 %1 保存到项目</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; could not be stored in the project:
%2</source>
        <translation>无法将“%1”保存到项目中：
%2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The project has no data set %1.</source>
        <translation>项目中没有数据集 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading %1 from the project</source>
        <translation>正在从项目加载 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Error opening &apos;%1&apos;:
%2</source>
        <translation>打开“%1”时出错：
%2</translation>
    </message>
</context>
<context>
    <name>pp::RandomOversampleStep</name>
    <message>
        <location filename="../core/prep/resample_steps.cpp" line="-272"/>
        <source>Repeats random rows of the smaller classes until the classes are balanced (training rows only).</source>
        <translation>随机重复较小类别的行，直到各类别平衡（仅限训练行）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Random oversampling to %1 × the largest class</source>
        <translation>随机过采样至最大类别的 %1 倍</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/prep/resample_steps.h" line="-74"/>
        <source>Random oversampling</source>
        <translation>随机过采样</translation>
    </message>
</context>
<context>
    <name>pp::RandomUndersampleStep</name>
    <message>
        <location line="+26"/>
        <source>Keeps a random part of the larger classes so that the classes are balanced (training rows only).</source>
        <translation>随机保留较大类别的一部分行，使各类别平衡（仅限训练行）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Random undersampling to a ratio of %1</source>
        <translation>随机欠采样至比例 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/prep/resample_steps.h" line="+20"/>
        <source>Random undersampling</source>
        <translation>随机欠采样</translation>
    </message>
</context>
<context>
    <name>pp::RenameColumnStep</name>
    <message>
        <location filename="../core/prep/column_steps.cpp" line="-265"/>
        <source>Rename %1 to %2</source>
        <translation>将 %1 重命名为 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The column to rename.</source>
        <translation>要重命名的列。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New name</source>
        <translation>新名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new name; it must not be taken by another column.</source>
        <translation>新名称；不能与其他列重名。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the new name is empty.</source>
        <translation>新名称为空。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>a column named &apos;%1&apos; already exists.</source>
        <translation>已存在名为“%1”的列。</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>&apos;%1&apos; is the target; rename it before choosing it as the target.</source>
        <translation>“%1”是目标列；请先重命名，再将其选为目标。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the fitted names are missing.</source>
        <translation>缺少已拟合的名称。</translation>
    </message>
    <message>
        <location line="+210"/>
        <source>Rename column</source>
        <translation>重命名列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gives a column a new name.</source>
        <translation>为列指定新名称。</translation>
    </message>
</context>
<context>
    <name>pp::ResampleStep</name>
    <message>
        <location filename="../core/prep/resample_steps.cpp" line="-186"/>
        <source>balance all classes</source>
        <translation>平衡所有类别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reach a ratio</source>
        <translation>达到指定比例</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Strategy</source>
        <translation>策略</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance: every class grows to the size of the largest. Ratio: smaller classes grow to at least ratio × the largest.</source>
        <translation>平衡：每个类别都增加到最大类别的大小。比例：较小的类别至少增加到最大类别的“比例”倍。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance: every class shrinks to the size of the smallest. Ratio: larger classes shrink to at most the smallest ÷ ratio.</source>
        <translation>平衡：每个类别都减少到最小类别的大小。比例：较大的类别最多保留到最小类别 ÷ 比例。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ratio</source>
        <translation>比例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ratio strategy: the wanted size of the smaller classes relative to the largest (1 = equal).</source>
        <translation>比例策略：较小类别相对最大类别的目标大小（1 = 相等）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same seed gives the same rows; -1 uses the pipeline&apos;s seed.</source>
        <translation>相同的种子得到相同的行；-1 表示使用流程的种子。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>needs exactly one target column; choose the target first.</source>
        <translation>需要且仅需要一个目标列；请先选择目标。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>balances classes, so it needs a classification target; &apos;%1&apos; is set up as %2.</source>
        <translation>此步骤用于平衡类别，因此需要分类目标；“%1”被设置为%2。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>target &apos;%1&apos; has fewer than two classes in the training rows.</source>
        <translation>目标“%1”在训练行中的类别少于两个。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>target column &apos;%1&apos; is not in the data (resampling applies to training rows only).</source>
        <translation>数据中没有目标列“%1”（重采样仅适用于训练行）。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>classes not seen when fitting were left as they are: %1</source>
        <translation>拟合时未出现的类别保持不变：%1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the saved state is incomplete (target, classes, counts or seed).</source>
        <translation>保存的状态不完整（目标、类别、计数或种子）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 on %2 (%3)</source>
        <translation>%1，目标 %2（%3）</translation>
    </message>
</context>
<context>
    <name>pp::ResultCharts</name>
    <message>
        <location filename="../ui/charts/result_charts.cpp" line="-341"/>
        <source>%1 of %2 points shown (evenly spaced sample)</source>
        <translation>显示 %2 个点中的 %1 个（等间隔抽样）</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Predicted vs actual</source>
        <translation>预测值与实际值</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+32"/>
        <location line="+40"/>
        <source>Rows</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Perfect prediction (y = x)</source>
        <translation>完美预测（y = x）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actual</source>
        <translation>实际值</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+70"/>
        <source>Predicted</source>
        <translation>预测值</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Distribution of errors (actual − predicted)</source>
        <translation>误差分布（实际值 − 预测值）</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+30"/>
        <source>No error</source>
        <translation>零误差</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+30"/>
        <source>Error</source>
        <translation>误差</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Number of rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 rows beyond the 1st and 99th percentiles are counted in the outer bars</source>
        <translation>超出第 1 和第 99 百分位数的 %1 行计入两端的条形</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Errors (actual − predicted) vs predicted value</source>
        <translation>误差（实际值 − 预测值）与预测值</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>ROC curve</source>
        <translation>ROC 曲线</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (AUC %2)</source>
        <translation>%1（AUC %2）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Chance</source>
        <translation>随机猜测</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>False positive rate</source>
        <translation>假正率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>True positive rate</source>
        <translation>真正率</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Precision-recall curve</source>
        <translation>精确率-召回率曲线</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (average precision %2)</source>
        <translation>%1（平均精确率 %2）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No skill (share of positives)</source>
        <translation>无区分能力（正类比例）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Permutation importance</source>
        <translation>置换重要性</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not computed for this run (it needs validation rows).</source>
        <translation>此运行记录未计算置换重要性（需要验证行）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drop in score when the column is shuffled</source>
        <translation>打乱该列后得分的下降</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Drop in score</source>
        <translation>得分下降</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 most important of %2 columns</source>
        <translation>%2 列中最重要的 %1 列</translation>
    </message>
</context>
<context>
    <name>pp::ResultChartsPanel</name>
    <message>
        <location filename="../ui/widgets/result_charts_panel.cpp" line="+58"/>
        <source>The ROC and precision-recall curves show how well the model separates this class from all the others.</source>
        <translation>ROC 曲线和精确率-召回率曲线显示模型将此类别与其他所有类别区分开的能力。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+101"/>
        <source>Curves for class:</source>
        <translation>曲线对应类别：</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>This run has no evaluation rows to chart (it needs test or validation rows).</source>
        <translation>此运行记录没有可绘图的评估行（需要测试行或验证行）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Charts of the %1 test rows, which the model never saw during training.</source>
        <translation>%1 个测试行的图表，模型在训练中从未见过这些行。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charts of the %1 validation rows (the run has no test rows).</source>
        <translation>%1 个验证行的图表（此运行记录没有测试行）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Label:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Label %1</source>
        <translation>标签 %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+13"/>
        <source>ROC curve</source>
        <translation>ROC 曲线</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+1"/>
        <source>This model gives no probabilities.</source>
        <translation>此模型不输出概率。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+13"/>
        <source>Precision-recall curve</source>
        <translation>精确率-召回率曲线</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The evaluation rows hold only one class for %1; the curves need both.</source>
        <translation>对于 %1，评估行中只有一个类别；绘制曲线需要两个类别都存在。</translation>
    </message>
</context>
<context>
    <name>pp::ResultsPage</name>
    <message>
        <location filename="../ui/pages/results_page.cpp" line="+88"/>
        <source>The run whose results are shown</source>
        <translation>显示其结果的运行记录</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export Predictions…</source>
        <translation>导出预测结果…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the evaluation rows with their predictions as a CSV file</source>
        <translation>将评估行及其预测结果保存为 CSV 文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save Model…</source>
        <translation>保存模型…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+164"/>
        <source>Save the trained model with its pipeline to a folder, to score new data later (ppstudio-cli predict)</source>
        <translation>将训练好的模型及其流程保存到文件夹，以便日后为新数据打分（ppstudio-cli predict）</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>Run:</source>
        <translation>运行记录：</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Select several runs to compare their loss curves; double-click one to show it</source>
        <translation>选择多个运行记录可比较其损失曲线；双击某个运行记录可显示其结果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loss curves of the selected runs</source>
        <translation>所选运行记录的损失曲线</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Round / epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solid: training rows; dashed: validation rows</source>
        <translation>实线：训练行；虚线：验证行</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Predictions</source>
        <translation>预测结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs</source>
        <translation>运行记录</translation>
    </message>
    <message>
        <location line="+51"/>
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
        <location line="+2"/>
        <source>No results yet</source>
        <translation>暂无结果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Train a model on the Train page: its error measures, charts and predictions appear here.</source>
        <translation>在“训练”页面训练模型后，其误差指标、图表和预测结果会显示在这里。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to the Train Page</source>
        <translation>前往“训练”页面</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped early (partial model)</source>
        <translation>已提前停止（部分模型）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The %1 test rows with the model&apos;s predictions. &quot;row&quot; is the row number in the data set.</source>
        <translation>%1 个测试行及模型的预测结果。“row”是该行在数据集中的行号。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 validation rows with the model&apos;s predictions. &quot;row&quot; is the row number in the data set.</source>
        <translation>%1 个验证行及模型的预测结果。“row”是该行在数据集中的行号。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The predictions of this run are not available.</source>
        <translation>此运行记录的预测结果不可用。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+120"/>
        <source>The trained model of this run is not in memory.</source>
        <translation>此运行记录的训练模型不在内存中。</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 train, %2 validation, %3 test</source>
        <translation>训练 %1，验证 %2，测试 %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cross-validation</source>
        <translation>交叉验证</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n folds</source>
        <translation>
            <numerusform>%n 折</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training time</source>
        <translation>训练用时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision threshold</source>
        <translation>决策阈值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rounds / epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finished</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pipeline</source>
        <translation>流程</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 (training)</source>
        <translation>%1（训练）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (validation)</source>
        <translation>%1（验证）</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+30"/>
        <source>Export Predictions</source>
        <translation>导出预测结果</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save Model to Folder</source>
        <translation>将模型保存到文件夹</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There are no predictions to export.</source>
        <translation>没有可导出的预测结果。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exporting predictions</source>
        <translation>正在导出预测结果</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Error writing &apos;%1&apos;:
%2</source>
        <translation>写入“%1”时出错：
%2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saving the model</source>
        <translation>正在保存模型</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save Model</source>
        <translation>保存模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error saving the model to &apos;%1&apos;:
%2</source>
        <translation>将模型保存到“%1”时出错：
%2</translation>
    </message>
</context>
<context>
    <name>pp::RidgeRegression</name>
    <message>
        <location filename="../core/ml/linear_regression.cpp" line="+20"/>
        <source>Ridge regression</source>
        <translation>岭回归</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linear regression whose coefficients are shrunk towards zero. More stable than plain linear regression when features are correlated or numerous; very fast on large data.</source>
        <translation>系数向零收缩的线性回归。特征相关或数量较多时比普通线性回归更稳定；在大数据上非常快。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Regularisation (alpha)</source>
        <translation>正则化（alpha）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regularisation strength: larger values shrink the coefficients towards zero, which reduces overfitting but can underfit. 0 gives plain least squares. It adds to the sum of squared errors, so its effect shrinks as the number of rows grows.</source>
        <translation>正则化强度：值越大，系数越向零收缩，可减轻过拟合，但可能欠拟合。0 即普通最小二乘。它加在误差平方和上，因此其作用随行数增加而减弱。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>L1 ratio</source>
        <translation>L1 比例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ridge is the pure L2 penalty, l1_ratio 0. Accepted so that one script can give ridge, lasso and elastic net the same keys; any other value is an error (use elastic net to mix the penalties).</source>
        <translation>岭回归是纯 L2 惩罚，即 l1_ratio 为 0。接受此参数是为了让一个脚本可以给岭回归、Lasso 和弹性网络相同的参数名；其他任何值都会报错（要混合两种惩罚，请使用弹性网络）。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Accumulating X&apos;X</source>
        <translation>正在累加 X&apos;X</translation>
    </message>
</context>
<context>
    <name>pp::RobustScaleStep</name>
    <message>
        <location filename="../core/prep/scale_steps.cpp" line="-62"/>
        <location line="+1"/>
        <source>Robust-scale %1</source>
        <translation>稳健缩放 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IQR</source>
        <translation>IQR</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Subtract the median</source>
        <translation>减去中位数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centre each column on its training median.</source>
        <translation>以训练中位数为中心对各列进行中心化。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Divide by the quantile range</source>
        <translation>除以分位距</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Divide by the distance between the two quantiles below.</source>
        <translation>除以下面两个分位数之间的距离。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low quantile (%)</source>
        <translation>下分位数（%）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower end of the range (25 = first quartile).</source>
        <translation>范围的下端（25 = 第一四分位数）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High quantile (%)</source>
        <translation>上分位数（%）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upper end of the range (75 = third quartile).</source>
        <translation>范围的上端（75 = 第三四分位数）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the low quantile must be below the high quantile.</source>
        <translation>下分位数必须小于上分位数。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Robust scale</source>
        <translation>稳健缩放</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subtracts the training median and divides by the interquartile range; little affected by outliers.</source>
        <translation>减去训练中位数并除以四分位距；几乎不受异常值影响。</translation>
    </message>
</context>
<context>
    <name>pp::RunCompareView</name>
    <message>
        <location filename="../ui/widgets/run_compare_view.cpp" line="+80"/>
        <source>Only settings that differ</source>
        <translation>只显示不同的设置</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select one or more runs above to compare their training curves, metrics and settings.</source>
        <translation>在上方选择一个或多个运行记录，以比较它们的训练曲线、指标和设置。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Validation loss</source>
        <translation>验证损失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Training Curves</source>
        <translation>训练曲线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Validation loss by epoch</source>
        <translation>各轮验证损失</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Training loss by epoch</source>
        <translation>各轮训练损失</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Epoch / boosting round</source>
        <translation>轮数 / 提升轮次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>No curve recorded for: %1 (models fitted in one step have none)</source>
        <translation>以下运行记录没有曲线：%1（一步拟合的模型没有训练曲线）</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>None of the selected runs has metrics (they did not finish).</source>
        <translation>所选运行记录都没有指标（它们未完成）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the test rows of each run (validation rows when a run has no test split).</source>
        <translation>基于各运行记录的测试行（没有测试集时基于验证行）。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data set</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Split method</source>
        <translation>划分方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test share</source>
        <translation>测试集比例</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Validation share</source>
        <translation>验证集比例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cross-validation folds</source>
        <translation>交叉验证折数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time column</source>
        <translation>时间列</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The runs differ in this setting</source>
        <translation>这些运行记录在此设置上不同</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The model&apos;s default</source>
        <translation>模型默认值</translation>
    </message>
</context>
<context>
    <name>pp::RunsModel</name>
    <message>
        <location filename="../ui/models/runs_model.cpp" line="+96"/>
        <location filename="../ui/report/run_report.cpp" line="+32"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/report/run_report.cpp" line="+1"/>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/report/run_report.cpp" line="+1"/>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/report/run_report.cpp" line="+1"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/report/run_report.cpp" line="+1"/>
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>The program training this run ended before it finished (a crash or a kill). The curve up to that point is kept.</source>
        <translation>训练此运行的程序在完成前终止了（崩溃或被强制结束）。截至当时的曲线已保留。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>On the test rows</source>
        <translation>基于测试行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the validation rows</source>
        <translation>基于验证行</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run</source>
        <translation>运行记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data set</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>用时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R²</source>
        <translation>R²</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MAE</source>
        <translation>MAE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F1 (macro)</source>
        <translation>F1（宏平均）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ROC AUC</source>
        <translation>ROC AUC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Coefficient of determination (regression; 1 is perfect)</source>
        <translation>决定系数（回归；1 表示完美）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Root mean squared error (regression; lower is better)</source>
        <translation>均方根误差（回归；越低越好）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean absolute error (regression; lower is better)</source>
        <translation>平均绝对误差（回归；越低越好）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of rows classified correctly (classification)</source>
        <translation>分类正确的行所占比例（分类）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F1 score averaged over classes (classification)</source>
        <translation>各类别的 F1 分数平均值（分类）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area under the ROC curve (classification; 0.5 is chance)</source>
        <translation>ROC 曲线下面积（分类；0.5 相当于随机猜测）</translation>
    </message>
</context>
<context>
    <name>pp::RunsTable</name>
    <message>
        <location filename="../ui/widgets/runs_table.cpp" line="+22"/>
        <source>Run</source>
        <translation>运行记录</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key metric</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>R² for regression, accuracy for classification, micro F1 for multi-label; on the test rows, or the validation rows when there is no test set.</source>
        <translation>回归为 R²，分类为准确率，多标签为微平均 F1；基于测试行，没有测试集时基于验证行。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>test</source>
        <translation>测试</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped (partial)</source>
        <translation>已停止（部分）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 / %2 / %3</source>
        <translation>%1 / %2 / %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Train / validation / test rows</source>
        <translation>训练 / 验证 / 测试行数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target: %1</source>
        <translation>目标：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pipeline:</source>
        <translation>流程：</translation>
    </message>
</context>
<context>
    <name>pp::ScaleStep</name>
    <message>
        <location filename="../core/prep/scale_steps.cpp" line="-330"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numeric columns to scale; none chosen = every numeric feature column.</source>
        <translation>要缩放的数值列；不选择 = 所有数值特征列。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&apos;%1&apos; has no values in the training rows; it is left as it is.</source>
        <translation>“%1”在训练行中没有值；保持原样。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>numeric columns</source>
        <translation>数值列</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no columns</source>
        <translation>无列</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>and %n more</source>
        <translation>
            <numerusform>等另外 %n 列</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the fitted column list is missing.</source>
        <translation>缺少已拟合的列清单。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the fitted statistics are incomplete.</source>
        <translation>已拟合的统计量不完整。</translation>
    </message>
</context>
<context>
    <name>pp::ScatterSample</name>
    <message>
        <location filename="../ui/models/scatter_sample.cpp" line="+61"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose two columns.</source>
        <translation>请选择两列。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A scatter plot needs two numeric columns.</source>
        <translation>散点图需要两个数值列。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Not flagged</source>
        <translation>未标记</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outlier</source>
        <translation>异常值</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rows</source>
        <translation>行</translation>
    </message>
</context>
<context>
    <name>pp::ScatterView</name>
    <message>
        <location filename="../ui/widgets/scatter_view.cpp" line="+51"/>
        <source>Seed of the random sample drawn above 20,000 rows: the same seed gives the same points</source>
        <translation>超过 20,000 行时随机抽样所用的种子：相同的种子得到相同的点</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>X:</source>
        <translation>X：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Y:</source>
        <translation>Y：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colour by:</source>
        <translation>着色依据：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed:</source>
        <translation>随机种子：</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outliers (from the Outliers tab)</source>
        <translation>异常值（来自“异常值”标签页）</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>A scatter plot needs two numeric columns.</source>
        <translation>散点图需要两个数值列。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sampling points</source>
        <translation>正在抽样数据点</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 against %2</source>
        <translation>%1 与 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random sample of %1 of %2 rows with both values (seed %3); drag to zoom</source>
        <translation>从两个值均存在的 %2 行中随机抽取 %1 行（随机种子 %3）；拖动可缩放</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All %1 rows with both values; drag to zoom</source>
        <translation>两个值均存在的全部 %1 行；拖动可缩放</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>pp::ScoreDataDialog</name>
    <message>
        <location filename="../ui/dialogs/score_data_dialog.cpp" line="+33"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Score</source>
        <translation>打分(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Score New Data</source>
        <translation>为新数据打分</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A CSV, Excel or SQLite file with the same columns as the training data</source>
        <translation>与训练数据列相同的 CSV、Excel 或 SQLite 文件</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved model:</source>
        <translation>已保存的模型：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data file:</source>
        <translation>数据文件：</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>#%1 %2 — %3</source>
        <translation>#%1 %2 — %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No run of this project has a saved model</source>
        <translation>此项目中没有带已保存模型的运行记录</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Data to Score</source>
        <translation>待打分的数据</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Scoring…</source>
        <translation>正在打分…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scoring %1</source>
        <translation>正在为 %1 打分</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Error scoring &apos;%1&apos;:
%2</source>
        <translation>为“%1”打分时出错：
%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 rows scored.</source>
        <translation>已为 %1 行打分。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export Predictions</source>
        <translation>导出预测结果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Writing %1</source>
        <translation>正在写入 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Error writing &apos;%1&apos;:
%2</source>
        <translation>写入“%1”时出错：
%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
</context>
<context>
    <name>pp::SelectColumnsStep</name>
    <message>
        <location filename="../core/prep/column_steps.cpp" line="-350"/>
        <source>Keep %1</source>
        <translation>保留 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drop %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep only these</source>
        <translation>仅保留这些列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drop these</source>
        <translation>删除这些列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep only the chosen columns (the target and identifier columns are always kept), or drop them.</source>
        <translation>仅保留所选列（目标列和标识符列始终保留），或删除所选列。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The columns to keep or drop.</source>
        <translation>要保留或删除的列。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>choose at least one column to keep.</source>
        <translation>请至少选择一个要保留的列。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; is the target; dropping it would leave nothing to predict.</source>
        <translation>“%1”是目标列；删除后将没有可预测的内容。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the fitted column list is missing.</source>
        <translation>缺少已拟合的列清单。</translation>
    </message>
    <message>
        <location line="+276"/>
        <source>Select columns</source>
        <translation>选择列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeps only the chosen columns, or drops them.</source>
        <translation>仅保留所选列，或删除所选列。</translation>
    </message>
</context>
<context>
    <name>pp::SelectKBestStep</name>
    <message>
        <location filename="../core/prep/select_steps.cpp" line="-248"/>
        <source>Keeps the k features most related to the target on the training rows (correlation or mutual information).</source>
        <translation>在训练行上保留与目标关系最密切的 k 个特征（按相关系数或互信息）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Features to keep (k)</source>
        <translation>保留特征数（k）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many of the candidate features to keep.</source>
        <translation>从候选特征中保留多少个。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>|correlation| with the target</source>
        <translation>与目标的 |相关系数|</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+96"/>
        <source>mutual information</source>
        <translation>互信息</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correlation finds straight-line relations (regression or two classes); mutual information also finds curved ones and works for any classification. Automatic uses correlation for regression and mutual information for classification.</source>
        <translation>相关系数只能发现线性关系（回归或二分类）；互信息还能发现曲线关系，并适用于任何分类任务。“自动”在回归时使用相关系数，在分类时使用互信息。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Neighbours</source>
        <translation>近邻数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mutual information: neighbours of the k-nearest-neighbour estimator (sklearn&apos;s n_neighbors); more gives a smoother, more biased estimate.</source>
        <translation>互信息：k 近邻估计器的近邻数（即 sklearn 的 n_neighbors）；值越大估计越平滑，但偏差越大。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mutual information: seed of the tiny noise that breaks ties; -1 uses the pipeline&apos;s seed.</source>
        <translation>互信息：用于打破平局的微小噪声的种子；-1 表示使用流程的种子。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The columns to consider; empty means every numeric feature.</source>
        <translation>要考虑的列；留空表示所有数值特征。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>needs exactly one target column; choose the target first.</source>
        <translation>需要且仅需要一个目标列；请先选择目标。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>correlation needs a numeric or two-class target, and &apos;%1&apos; has %2 classes; use mutual information.</source>
        <translation>相关系数需要数值目标或二分类目标，而“%1”有 %2 个类别；请使用互信息。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>target &apos;%1&apos; is not numeric; for a regression it must be.</source>
        <translation>目标“%1”不是数值列；回归任务的目标必须是数值。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Keep the %1 best features</source>
        <translation>保留最好的 %1 个特征</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>|correlation|</source>
        <translation>|相关系数|</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the %1 best features by %2: %3; %4</source>
        <translation>按%2保留最好的 %1 个特征：%3；%4</translation>
    </message>
    <message>
        <location filename="../core/prep/select_steps.h" line="-42"/>
        <source>Select k best features</source>
        <translation>选择 k 个最佳特征</translation>
    </message>
</context>
<context>
    <name>pp::SelectionStep</name>
    <message>
        <location filename="../core/prep/select_steps.cpp" line="-272"/>
        <source>column &apos;%1&apos; is a target or id column and is always kept.</source>
        <translation>列“%1”是目标列或标识符列，始终保留。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>column &apos;%1&apos; (kept when the step was fitted) is not in the data.</source>
        <translation>列“%1”（拟合时保留）不在数据中。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>the saved state lacks the kept and dropped columns.</source>
        <translation>保存的状态中缺少保留和删除的列。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>nothing dropped</source>
        <translation>未删除任何列</translation>
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
        <translation>已删除 %1</translation>
    </message>
</context>
<context>
    <name>pp::SequenceWindowsStep</name>
    <message>
        <location filename="../core/prep/sequence_windows_step.cpp" line="+80"/>
        <source>One row per sliding window of each customer&apos;s (or product&apos;s) time series, for LSTM, CNN and Transformer models; the target is taken a chosen number of steps ahead.</source>
        <translation>为每位客户（或每个商品）的时间序列生成每个滑动窗口一行的数据，用于 LSTM、CNN 和 Transformer 模型；目标取自指定步数之后。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Entity column</source>
        <translation>实体列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whose series a row belongs to (customer id, product...). Empty: the whole table is one series.</source>
        <translation>行所属的序列（客户 ID、商品…）。留空：整张表为一个序列。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time column</source>
        <translation>时间列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders the rows of a series and detects gaps. Empty: the table&apos;s row order.</source>
        <translation>用于对序列中的行排序并检测间隔。留空：使用表的行顺序。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value columns</source>
        <translation>数值列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The numeric columns the model reads.</source>
        <translation>模型读取的数值列。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Window length</source>
        <translation>窗口长度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Steps in each window (L).</source>
        <translation>每个窗口包含的步数（L）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stride</source>
        <translation>步幅</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps between the starts of consecutive windows; 1 gives every window.</source>
        <translation>相邻窗口起点之间的步数；1 表示生成所有窗口。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target column</source>
        <translation>目标列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The value to predict, taken &apos;horizon&apos; steps after the window&apos;s last step.</source>
        <translation>要预测的值，取自窗口最后一步之后“预测步长”步处。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Horizon</source>
        <translation>预测步长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many steps after the window&apos;s end the target is read; 0 = at the last step.</source>
        <translation>在窗口结束后第几步读取目标；0 = 窗口的最后一步。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop windows without a target</source>
        <translation>删除没有目标的窗口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the target column is present, leave out windows whose target is missing or lies past the end of the series.</source>
        <translation>存在目标列时，排除目标缺失或超出序列末尾的窗口。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>start a new sequence</source>
        <translation>开始新序列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fill by repeating the last value</source>
        <translation>用上一个值重复填充</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ignore gaps</source>
        <translation>忽略间隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gaps in time</source>
        <translation>时间间隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What a time step larger than the tolerance means: a break no window crosses, or missing steps to fill with the last observation.</source>
        <translation>时间步长超过容差时的含义：窗口不能跨越的断点，或需要用最后一次观测值填充的缺失步。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gap tolerance</source>
        <translation>间隔容差</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The largest normal step between rows (e.g. 1 day for daily data); with &apos;fill&apos;, also the spacing of the filled steps.</source>
        <translation>行与行之间最大的正常步长（例如日数据为 1 天）；选择填充时，也是填充步之间的间距。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tolerance unit</source>
        <translation>容差单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit of the tolerance for a date/time column.</source>
        <translation>日期/时间列的容差单位。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>standardise each window</source>
        <translation>各窗口分别标准化</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Per-window scaling</source>
        <translation>窗口内缩放</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standardise each window by its own mean and standard deviation: the model sees shapes, not levels, and nothing leaks between windows.</source>
        <translation>用每个窗口自身的均值和标准差对其标准化：模型看到的是形状而非水平，且窗口之间不会泄漏信息。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>choose at least one value column.</source>
        <translation>请至少选择一个数值列。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>time column &apos;%1&apos; is %2; it must be a date/time or a number.</source>
        <translation>时间列“%1”是%2列；它必须是日期/时间或数字。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>filling gaps needs a gap tolerance above 0 (the step between rows).</source>
        <translation>填充间隔需要大于 0 的间隔容差（行与行之间的步长）。</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>the gap of &apos;%1&apos; from %2 to %3</source>
        <translation>“%1”从 %2 到 %3 的间隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the gap from %1 to %2</source>
        <translation>从 %1 到 %2 的间隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 would need %2 filled steps, more than memory allows; choose &apos;start a new sequence&apos; for gaps that long or raise the gap tolerance.</source>
        <translation>%1 需要填充 %2 个时间步，超出内存所能容纳；对这么长的间隔请选择“开始新序列”，或调大间隔容差。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>too many windows for memory; raise the stride or shorten the window.</source>
        <translation>窗口数量过多，内存不足；请增大步幅或缩短窗口。</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1 rows without an entity or a time were left out.</source>
        <translation>已排除 %1 个没有实体或时间的行。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no window of %1 steps fits in the training rows; shorten the window or check the gap tolerance.</source>
        <translation>训练行中容纳不下任何 %1 步的窗口；请缩短窗口或检查间隔容差。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Windows of %1 steps (stride %2) over %3</source>
        <translation>基于 %3 的 %1 步窗口（步幅 %2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, target %1 %2 steps ahead</source>
        <translation>，目标 %1 取 %2 步之后</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>: %1 training rows → %2 windows from %3 sequences</source>
        <translation>：%1 个训练行 → %2 个窗口，来自 %3 个序列</translation>
    </message>
    <message>
        <location filename="../core/prep/sequence_windows_step.h" line="+37"/>
        <source>Sequence windows</source>
        <translation>序列窗口</translation>
    </message>
</context>
<context>
    <name>pp::Session</name>
    <message>
        <location filename="../ui/session.cpp" line="+27"/>
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
        <location line="+64"/>
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
    <name>pp::SessionRuns</name>
    <message>
        <location filename="../ui/session_runs.cpp" line="+27"/>
        <location line="+2"/>
        <source>Run %1</source>
        <translation>运行 %1</translation>
    </message>
</context>
<context>
    <name>pp::SetRoleStep</name>
    <message>
        <location filename="../core/prep/column_steps.cpp" line="-69"/>
        <source>Mark %1 as %2</source>
        <translation>将 %1 标记为%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The columns whose role changes.</source>
        <translation>要更改角色的列。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identifier and ignored columns stay in the table (for joining results back) but are not given to the model.</source>
        <translation>标识符列和忽略列保留在表中（便于关联结果），但不会提供给模型。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>choose at least one column.</source>
        <translation>请至少选择一列。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the fitted column list is missing.</source>
        <translation>缺少已拟合的列清单。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Set column role</source>
        <translation>设置列角色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marks columns as features, target, identifiers or ignored. Identifier and ignored columns are kept but not used by models.</source>
        <translation>将列标记为特征、目标、标识符或忽略。标识符列和忽略列会保留，但不用于模型。</translation>
    </message>
</context>
<context>
    <name>pp::SmoteStep</name>
    <message>
        <location filename="../core/prep/resample_steps.cpp" line="+97"/>
        <source>Creates synthetic rows of the smaller classes between each row and its nearest neighbours of the same class (training rows only; numeric features).</source>
        <translation>在较小类别的每一行与其同类别最近邻之间生成合成行（仅限训练行；仅数值特征）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Neighbours (k)</source>
        <translation>近邻数（k）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A synthetic row lies between a row and one of its k nearest neighbours of the same class.</source>
        <translation>合成行位于某一行与其同类别 k 个最近邻之一之间。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SMOTE (k = %1)</source>
        <translation>SMOTE（k = %1）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>works on numeric features only; encode or drop these columns first: %1.</source>
        <translation>仅适用于数值特征；请先编码或删除这些列：%1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>these columns have missing values; impute them first: %1.</source>
        <translation>这些列中有缺失值；请先插补：%1。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>class &apos;%1&apos; has a single row; SMOTE needs at least two rows of a class.</source>
        <translation>类别“%1”只有一行；SMOTE 要求每个类别至少有两行。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>class &apos;%1&apos; has %2 rows, so k was reduced to %3.</source>
        <translation>类别“%1”有 %2 行，因此 k 已减小为 %3。</translation>
    </message>
    <message>
        <location filename="../core/prep/resample_steps.h" line="+28"/>
        <source>SMOTE</source>
        <translation>SMOTE</translation>
    </message>
</context>
<context>
    <name>pp::Split</name>
    <message>
        <location filename="../core/prep/split.cpp" line="+82"/>
        <source>The test share must be at least 0 and below 1, got %1.</source>
        <translation>测试集比例必须大于等于 0 且小于 1，实际为 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The validation share must be at least 0 and below 1, got %1.</source>
        <translation>验证集比例必须大于等于 0 且小于 1，实际为 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The test and validation shares (%1 + %2) leave no training rows.</source>
        <translation>测试集和验证集比例（%1 + %2）没有给训练集留下任何行。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The target column &apos;%1&apos; is not in the data.</source>
        <translation>数据中没有目标列“%1”。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A time split needs a time column; &apos;%1&apos; is not in the data.</source>
        <translation>按时间划分需要时间列；数据中没有“%1”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The time column &apos;%1&apos; must hold dates or numbers.</source>
        <translation>时间列“%1”必须包含日期或数字。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A stratified split needs a class column; &apos;%1&apos; is not in the data.</source>
        <translation>分层划分需要类别列；数据中没有“%1”。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Too few usable rows (%1) to split into training, validation and test rows.</source>
        <translation>可用的行太少（%1），无法划分为训练集、验证集和测试集。</translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>The class &apos;%1&apos; has only %n row(s), too few to appear in every part.</source>
        <translation>
            <numerusform>类别“%1”只有 %n 行，不足以出现在每个部分中。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(missing)</source>
        <translation>（缺失）</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cross-validation needs at least 2 folds, got %1.</source>
        <translation>交叉验证至少需要 2 折，实际为 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot make %1 folds from %2 rows.</source>
        <translation>无法从 %2 行中划分出 %1 折。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stratified folds need one class per row (%1 classes for %2 rows).</source>
        <translation>分层折要求每行对应一个类别（%1 个类别，%2 行）。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Stratified folds need a class for every row; row %1 has none.</source>
        <translation>分层折要求每一行都有类别；第 %1 行没有。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot make %1 stratified folds: every class has fewer rows than that.</source>
        <translation>无法划分 %1 个分层折：每个类别的行数都少于此数。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The smallest class has fewer rows than there are folds; some folds miss it.</source>
        <translation>最小类别的行数少于折数；部分折中不会包含该类别。</translation>
    </message>
</context>
<context>
    <name>pp::SplitSettingsWidget</name>
    <message>
        <location filename="../ui/widgets/split_settings_widget.cpp" line="+27"/>
        <source>The column to predict. The pipeline leaves it alone unless a step names it; target encoding, feature selection and resampling use it.</source>
        <translation>要预测的列。除非某个步骤明确指定此列，否则流程不会改动它；目标编码、特征选择和重采样会用到它。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Random</source>
        <translation>随机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stratified</source>
        <translation>分层</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By time</source>
        <translation>按时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random: a seeded shuffle. Stratified: every part keeps the class shares of a column. By time: the earliest rows train, the latest test.</source>
        <translation>随机：按随机种子打乱。分层：每个部分都保持某一列的类别比例。按时间：最早的行用于训练，最晚的行用于测试。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Share of the rows kept aside to test the model; never fitted on.</source>
        <translation>留出用于测试模型的行比例；不参与拟合。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the rows used to tune the model; never fitted on.</source>
        <translation>用于调整模型的行比例；不参与拟合。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same seed gives the same split (and the same samples) every time.</source>
        <translation>相同的种子每次都会得到相同的划分（以及相同的抽样）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Target:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split:</source>
        <translation>划分：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test:</source>
        <translation>测试集：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validation:</source>
        <translation>验证集：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed:</source>
        <translation>随机种子：</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Classes from:</source>
        <translation>类别来源：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(the target: none chosen)</source>
        <translation>（目标列：未选择）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(the target: %1)</source>
        <translation>（目标列：%1）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Time column:</source>
        <translation>时间列：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Column:</source>
        <translation>列：</translation>
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
        <translation>
            <numerusform>列“%1”中有 %n 个负值，无法开平方根。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take the square root of %1</source>
        <translation>对 %1 取平方根</translation>
    </message>
    <message>
        <location line="+205"/>
        <source>Square root</source>
        <translation>平方根</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaces x by its square root; negative values are an error.</source>
        <translation>将 x 替换为其平方根；负值会报错。</translation>
    </message>
</context>
<context>
    <name>pp::StandardScaleStep</name>
    <message>
        <location filename="../core/prep/scale_steps.cpp" line="+19"/>
        <location line="+1"/>
        <source>Standardise %1</source>
        <translation>标准化 %1</translation>
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
        <translation>减去均值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centre each column on its training mean.</source>
        <translation>以训练均值为中心对各列进行中心化。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Divide by the standard deviation</source>
        <translation>除以标准差</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Divide by the training standard deviation (population, ddof = 0); a constant column is divided by 1.</source>
        <translation>除以训练标准差（总体标准差，ddof = 0）；常数列除以 1。</translation>
    </message>
    <message>
        <location line="+190"/>
        <source>Standardise</source>
        <translation>标准化</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subtracts the training mean and divides by the training standard deviation (z-scores).</source>
        <translation>减去训练均值并除以训练标准差（z 分数）。</translation>
    </message>
</context>
<context>
    <name>pp::StepForm</name>
    <message>
        <location filename="../ui/widgets/step_form.cpp" line="+144"/>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>This step has no settings.</source>
        <translation>此步骤没有设置项。</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>None chosen: every suitable feature column (not the target, identifiers or ignored columns).</source>
        <translation>不选择：使用所有合适的特征列（不包括目标列、标识符列和忽略的列）。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>e.g. 128,64</source>
        <translation>例如 128,64</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1 (not in the data)</source>
        <translation>%1（数据中没有）</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(choose a column)</source>
        <translation>（请选择一列）</translation>
    </message>
</context>
<context>
    <name>pp::StepRegistry</name>
    <message>
        <location filename="../core/prep/step_registry.cpp" line="+68"/>
        <source>Unknown step kind &apos;%1&apos;.</source>
        <translation>未知的步骤类型“%1”。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Columns</source>
        <translation>列操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing values</source>
        <translation>缺失值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outliers</source>
        <translation>异常值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transforms</source>
        <translation>变换</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scaling</source>
        <translation>缩放</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feature construction</source>
        <translation>特征构造</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feature selection</source>
        <translation>特征选择</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sequences</source>
        <translation>序列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resampling</source>
        <translation>重采样</translation>
    </message>
</context>
<context>
    <name>pp::Store</name>
    <message>
        <location filename="../core/store/project_store.cpp" line="+167"/>
        <source>The project file does not exist.</source>
        <translation>项目文件不存在。</translation>
    </message>
    <message>
        <location line="-43"/>
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
        <location line="+101"/>
        <source>Upgrading the project from format %1 failed: %2</source>
        <translation>将项目从格式 %1 升级失败：%2</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Cannot replace the existing file.</source>
        <translation>无法替换现有文件。</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>The project has no data set %1.</source>
        <translation>项目中没有数据集 %1。</translation>
    </message>
    <message>
        <location line="+285"/>
        <source>The project has no run %1.</source>
        <translation>项目中没有运行记录 %1。</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Run %1 has no stored predictions.</source>
        <translation>运行记录 %1 没有存储的预测结果。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Run %1 has no saved model.</source>
        <translation>运行记录 %1 没有保存的模型。</translation>
    </message>
    <message>
        <location filename="../core/store/sqlite_db.cpp" line="+43"/>
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
    <name>pp::StoredRun</name>
    <message>
        <location filename="../ui/dialogs/score_data_dialog.cpp" line="-67"/>
        <source>Reading the model</source>
        <translation>正在读取模型</translation>
    </message>
    <message>
        <location filename="../ui/stored_run.cpp" line="+96"/>
        <source>%1, run %2</source>
        <translation>%1，运行记录 %2</translation>
    </message>
</context>
<context>
    <name>pp::StringListEditor</name>
    <message>
        <location filename="../ui/widgets/string_list_editor.cpp" line="+29"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a value at the end and edit it</source>
        <translation>在末尾添加一个值并编辑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move up (lower rank)</source>
        <translation>上移（序号减小）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move down (higher rank)</source>
        <translation>下移（序号增大）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill from data</source>
        <translation>从数据填充</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the list with the column&apos;s categories in sorted order, then put them in order</source>
        <translation>用该列的类别（按排序顺序）替换列表，然后再自行调整顺序</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>new value</source>
        <translation>新值</translation>
    </message>
</context>
<context>
    <name>pp::TableModel</name>
    <message>
        <location filename="../ui/models/table_model.cpp" line="+125"/>
        <source>Missing value — the row is flagged as an outlier on the Explore page</source>
        <translation>缺失值 — 该行在“探索”页面被标记为异常值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing value</source>
        <translation>缺失值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — outside the IQR fences (possible outlier)</source>
        <translation>%1 — 超出 IQR 界限（可能是异常值）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — the row is flagged as an outlier on the Explore page</source>
        <translation>%1 — 该行在“探索”页面被标记为异常值</translation>
    </message>
    <message>
        <location line="+52"/>
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
        <translation>
            <numerusform>对 %1 进行目标编码（平滑系数 %2，训练行采用 %n 折的折外编码）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>categorical columns</source>
        <translation>分类列</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown → %1</source>
        <translation>未知 → %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns to encode; none chosen = every categorical feature column.</source>
        <translation>要编码的列；不选择 = 所有分类特征列。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Smoothing (m)</source>
        <translation>平滑系数（m）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulls rare categories towards the overall mean: a category with n rows gets (n·mean + m·overall) / (n + m).</source>
        <translation>将少见类别拉向总体均值：有 n 行的类别取值为 (n·mean + m·overall) / (n + m)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folds</source>
        <translation>折数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training rows are encoded out of fold with this many folds, so that no row uses its own target.</source>
        <translation>训练行按此折数进行折外编码，确保没有任何行用到自身的目标值。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>choose exactly one target column first.</source>
        <translation>请先选择且仅选择一个目标列。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>several targets at once are not supported.</source>
        <translation>不支持同时使用多个目标。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>numeric</source>
        <translation>数值</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is the target; it cannot encode itself.</source>
        <translation>“%1”是目标列；不能对自身编码。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the target &apos;%1&apos; has fewer than two classes in the training rows.</source>
        <translation>目标“%1”在训练行中的类别少于两个。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a yes/no target needs exactly two classes; &apos;%1&apos; has %2.</source>
        <translation>是/否目标需要恰好两个类别；“%1”有 %2 个。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>needs at least two training rows with a target value.</source>
        <translation>至少需要两个有目标值的训练行。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the output column &apos;%1&apos; already exists.</source>
        <translation>输出列“%1”已存在。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>the fitted target is missing.</source>
        <translation>缺少已拟合的目标。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the fitted prior does not match the classes.</source>
        <translation>已拟合的先验与类别不匹配。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the encoding of &apos;%1&apos; is missing.</source>
        <translation>缺少“%1”的编码。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the encoding of &apos;%1&apos; does not match the classes.</source>
        <translation>“%1”的编码与类别不匹配。</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>Target encode</source>
        <translation>目标编码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replaces each category by the (smoothed) average target of the training rows with it, computed out of fold on the training rows so that no row sees its own target.</source>
        <translation>将每个类别替换为训练行中该类别的（平滑后）平均目标值；在训练行上以折外方式计算，确保没有任何行看到自身的目标值。</translation>
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
        <location filename="../core/prep/text_steps.cpp" line="+371"/>
        <source>Turns a text column into a fixed-length sequence of word ids for neural networks (embedding + LSTM/CNN/Transformer), padded with 0.</source>
        <translation>将文本列转换为定长的词 ID 序列，供神经网络（嵌入 + LSTM/CNN/Transformer）使用，不足部分以 0 填充。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Text column</source>
        <translation>文本列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The column holding the text.</source>
        <translation>包含文本的列。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vocabulary size</source>
        <translation>词表大小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The most frequent words of the training texts that get their own id (from 2); others become 1 (unknown).</source>
        <translation>训练文本中出现频率最高、拥有独立 ID（从 2 开始）的词数；其他词记为 1（未知）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sequence length</source>
        <translation>序列长度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every text becomes this many columns: longer texts are cut, shorter ones padded with 0.</source>
        <translation>每条文本都变为这么多列：较长的文本被截断，较短的以 0 填充。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>before</source>
        <translation>前面</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>after</source>
        <translation>后面</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Padding</source>
        <translation>填充位置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the zeros go in short texts (Keras pad_sequences: &apos;pre&apos;).</source>
        <translation>短文本中补零的位置（Keras pad_sequences：&apos;pre&apos;）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cut the start</source>
        <translation>截掉开头</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cut the end</source>
        <translation>截掉结尾</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Truncating</source>
        <translation>截断方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which part of a long text is cut off (Keras: &apos;pre&apos; keeps the end).</source>
        <translation>长文本截掉哪一部分（Keras：&apos;pre&apos; 保留结尾）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower-case</source>
        <translation>转为小写</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Treat &apos;Great&apos; and &apos;great&apos; as one word.</source>
        <translation>将“Great”和“great”视为同一个词。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop words</source>
        <translation>停用词</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove very common words; sequence models often keep them.</source>
        <translation>删除非常常见的词；序列模型通常保留它们。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese character pairs</source>
        <translation>汉字二元组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also emit each pair of neighbouring Chinese characters (doubles the length).</source>
        <translation>同时输出每对相邻汉字（长度加倍）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop the text column</source>
        <translation>删除文本列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the text column once turned into ids.</source>
        <translation>转换为 ID 后删除文本列。</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>%1 as %2 word ids (padding %3)</source>
        <translation>%1 转为 %2 个词 ID（填充：%3）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1=%2</source>
        <translation>%1=%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; vocabulary of %1 words (%2)</source>
        <translation>；词表共 %1 个词（%2）</translation>
    </message>
    <message>
        <location filename="../core/prep/text_steps.h" line="+68"/>
        <source>Text to token sequence</source>
        <translation>文本转词序列</translation>
    </message>
</context>
<context>
    <name>pp::TextVectorizeStep</name>
    <message>
        <location filename="../core/prep/text_steps.cpp" line="-452"/>
        <location line="+68"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English and Chinese</source>
        <translation>英文和中文</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Turns a text column into one column per word (counts, presence, TF-IDF) or per hash bucket; Chinese text is split into characters and character pairs.</source>
        <translation>将文本列转换为每个词一列（词频、是否出现、TF-IDF）或每个哈希桶一列；中文文本会拆分为单字和相邻字对。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Text column</source>
        <translation>文本列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The column holding the text.</source>
        <translation>包含文本的列。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+247"/>
        <source>word counts</source>
        <translation>词频</translation>
    </message>
    <message>
        <location line="-247"/>
        <source>word present (0/1)</source>
        <translation>是否出现（0/1）</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+245"/>
        <source>TF-IDF</source>
        <translation>TF-IDF</translation>
    </message>
    <message>
        <location line="-245"/>
        <source>hashing</source>
        <translation>哈希</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counts: how often each word occurs. Present: 0 or 1. TF-IDF: counts weighted down for words found in many texts, each row scaled to length 1. Hashing: no word list; words are spread over a fixed number of columns.</source>
        <translation>词频：每个词出现的次数。是否出现：0 或 1。TF-IDF：对出现在许多文本中的词降低权重的词频，并将每行缩放到长度 1。哈希：不使用词表；词被分散到固定数量的列中。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lower-case</source>
        <translation>转为小写</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Treat &apos;Great&apos; and &apos;great&apos; as one word.</source>
        <translation>将“Great”和“great”视为同一个词。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop words</source>
        <translation>停用词</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove very common words (the, and, 的, 了...) that carry little meaning.</source>
        <translation>删除几乎不携带含义的常见词（the、and、的、了…）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese character pairs</source>
        <translation>汉字二元组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Besides single Chinese characters, also use each pair of neighbouring characters, which catches most two-character words without a dictionary.</source>
        <translation>除单个汉字外，还使用每对相邻汉字，无需词典即可捕获大多数双字词。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shortest word</source>
        <translation>最短词长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latin words shorter than this many letters are ignored.</source>
        <translation>字母数少于此值的拉丁文单词将被忽略。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum documents</source>
        <translation>最少文档数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore words found in fewer texts than this (a number below 1 is a share of the texts, e.g. 0.01 = 1 %).</source>
        <translation>忽略出现在少于此数量文本中的词（小于 1 的数表示文本的比例，例如 0.01 = 1%）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maximum documents</source>
        <translation>最多文档数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore words found in more texts than this (1 or below is a share of the texts; 0.9 drops words in over 90 % of them).</source>
        <translation>忽略出现在多于此数量文本中的词（小于等于 1 表示文本的比例；0.9 会删除出现在超过 90% 文本中的词）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most words</source>
        <translation>最大词数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep only this many words, those found in the most texts; 0 keeps all. Each word becomes a column.</source>
        <translation>仅保留出现在最多文本中的这么多个词；0 表示全部保留。每个词成为一列。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hash columns</source>
        <translation>哈希列数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hashing only: the number of columns.</source>
        <translation>仅用于哈希：列的数量。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternate sign</source>
        <translation>交替符号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hashing only: half of the words count negatively so that collisions tend to cancel (scikit-learn&apos;s default).</source>
        <translation>仅用于哈希：一半的词按负值计数，使哈希冲突趋于相互抵消（scikit-learn 的默认做法）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unit length (L2)</source>
        <translation>单位长度（L2）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Row normalisation</source>
        <translation>行归一化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TF-IDF and hashing: scale each row to length 1 so that long and short texts compare.</source>
        <translation>TF-IDF 和哈希：将每行缩放到长度 1，使长文本与短文本可以比较。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop the text column</source>
        <translation>删除文本列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the text column once turned into numbers.</source>
        <translation>转换为数值后删除文本列。</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>no word of column &apos;%1&apos; is left after min_df/max_df and stop words; lower min_df or raise max_df.</source>
        <translation>经过 min_df/max_df 和停用词过滤后，列“%1”中没有剩余的词；请降低 min_df 或提高 max_df。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 rows × %2 word columns is too large; lower max_features or n_features.</source>
        <translation>%1 行 × %2 个词列太大；请降低 max_features 或 n_features。</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>the saved vocabulary and idf weights differ in length.</source>
        <translation>保存的词表与 idf 权重长度不一致。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 hashed into %2 columns</source>
        <translation>%1 哈希为 %2 列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 as %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>word presence</source>
        <translation>是否出现</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>: %1 words from %2 training texts (%3%4)</source>
        <translation>：%1 个词，来自 %2 条训练文本（%3%4）</translation>
    </message>
    <message>
        <location filename="../core/prep/text_steps.h" line="-36"/>
        <source>Text to word features</source>
        <translation>文本转词特征</translation>
    </message>
</context>
<context>
    <name>pp::TrainForm</name>
    <message>
        <location filename="../ui/widgets/train_form.cpp" line="+35"/>
        <source>Linear models</source>
        <translation>线性模型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trees</source>
        <translation>树模型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Neural networks</source>
        <translation>神经网络</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probabilistic models</source>
        <translation>概率模型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nearest neighbours</source>
        <translation>最近邻</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Support vector machines</source>
        <translation>支持向量机</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>What to predict</source>
        <translation>预测目标</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The column the model learns to predict, e.g. the spend in the next 90 days.</source>
        <translation>模型要学习预测的列，例如未来 90 天的消费额。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several yes/no columns at once (multi-label)</source>
        <translation>同时预测多个是/否列（多标签）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Predict several 0/1 columns together, e.g. which product categories a customer will buy.</source>
        <translation>同时预测多个 0/1 列，例如客户会购买哪些商品类别。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Automatic picks the task from the target: numbers with many values are regression; two values are binary classification; a few categories are multiclass.</source>
        <translation>“自动”会根据目标选择任务：取值众多的数值为回归；两个取值为二分类；少数几个类别为多分类。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reset to Defaults</source>
        <translation>恢复默认值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put every parameter of this model back to its default</source>
        <translation>将此模型的所有参数恢复为默认值</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Testing the model</source>
        <translation>模型检验</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Random rows</source>
        <translation>随机行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random, same class mix in each part (stratified)</source>
        <translation>随机，各部分类别构成相同（分层）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By time: train on the earliest rows</source>
        <translation>按时间：用最早的行训练</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How rows are held out to test the model. By time tests on the most recent rows, like predicting the future from the past.</source>
        <translation>如何留出行来检验模型。“按时间”用最近的行进行测试，就像根据过去预测未来。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The date or number that orders the rows in time</source>
        <translation>按时间对行排序所依据的日期或数字</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rows kept aside and only used at the end to measure the model on data it never saw.</source>
        <translation>预留出来、仅在最后用于评估模型的行，模型从未见过这些数据。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows used during training to watch for overfitting (the validation curve), for early stopping and for feature importance.</source>
        <translation>训练期间用于监测过拟合（验证曲线）、提前停止和计算特征重要性的行。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cross-validation</source>
        <translation>交叉验证</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also train K models, each tested on another K-th of the non-test rows, and report the mean and spread of their metrics. Takes K times longer.</source>
        <translation>另外训练 K 个模型，每个模型在非测试行中不同的 1/K 上检验，并报告它们指标的均值和离散程度。耗时为原来的 K 倍。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>K = </source>
        <translation>K = </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hold out</source>
        <translation>留出方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time column</source>
        <translation>时间列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test rows</source>
        <translation>测试行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validation rows</source>
        <translation>验证行</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Run</source>
        <translation>运行设置</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Random seed for the split and the model: the same seed and data give the same results.</source>
        <translation>用于数据划分和模型的随机种子：相同的种子和数据会得到相同的结果。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All cores</source>
        <translation>全部核心</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU threads the model may use. Fewer leave the computer more responsive for other work.</source>
        <translation>模型可使用的 CPU 线程数。线程越少，电脑处理其他工作时响应越快。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CUDA GPU</source>
        <translation>CUDA GPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where a neural network trains. Automatic uses a CUDA GPU when there is one.</source>
        <translation>神经网络的训练位置。“自动”会在有 CUDA GPU 时使用它。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking the neural-network component…</source>
        <translation>正在检查神经网络组件…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tune the decision threshold (max F1)</source>
        <translation>调整决策阈值（最大 F1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the probability threshold that maximises F1 on the validation rows. By default a row is predicted positive when its probability is at least 0.5; with rare positives a lower threshold often finds more of them at an acceptable precision.</source>
        <translation>选择在验证行上使 F1 最大的概率阈值。默认情况下，概率至少为 0.5 的行被预测为正类；正类稀少时，较低的阈值通常能在可接受的精确率下找出更多正类。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default pipeline</source>
        <translation>默认流程</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drop id and text columns, split dates into parts, fill missing values (median / most frequent), one-hot encode categories, and scale numbers for the models that need it. Fitted on the training rows only.</source>
        <translation>删除标识符列和文本列，将日期拆分为各个组成部分，填充缺失值（中位数 / 最常见值），对类别进行独热编码，并为需要的模型缩放数值。仅在训练行上拟合。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pipeline from the Prepare page</source>
        <translation>“准备”页面的流程</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pipeline</source>
        <translation>流程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threads</source>
        <translation>线程数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>No 0/1 or yes/no columns in the data</source>
        <translation>数据中没有 0/1 列或是/否列</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Automatic: %1</source>
        <translation>自动：%1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Not available for %1</source>
        <translation>不适用于%1</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Neural networks are unavailable: %1</source>
        <translation>神经网络不可用：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CUDA unavailable in this LibTorch build; neural networks train on the CPU (LibTorch %1).</source>
        <translation>此 LibTorch 版本不支持 CUDA；神经网络将在 CPU 上训练（LibTorch %1）。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>CUDA available: %n GPU(s) (LibTorch %1).</source>
        <translation>
            <numerusform>CUDA 可用：%n 个 GPU（LibTorch %1）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CUDA unavailable in this LibTorch build</source>
        <translation>此 LibTorch 版本不支持 CUDA</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Only neural networks use the device; this model trains on the CPU.</source>
        <translation>只有神经网络使用此设备设置；此模型在 CPU 上训练。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No pipeline has been built on the Prepare page yet.</source>
        <translation>尚未在“准备”页面构建流程。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The steps from the Prepare page are fitted on the training rows only.</source>
        <translation>“准备”页面的步骤仅在训练行上拟合。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Load a data set first.</source>
        <translation>请先加载数据集。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick two or more 0/1 columns to predict.</source>
        <translation>请勾选两个或更多要预测的 0/1 列。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the column to predict.</source>
        <translation>请选择要预测的列。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Multi-label prediction needs two or more target columns.</source>
        <translation>多标签预测需要两个或更多目标列。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a model.</source>
        <translation>请选择模型。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Test and validation rows together must leave at least 10 % of the rows for training.</source>
        <translation>测试行和验证行合计后，必须至少留下 10% 的行用于训练。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the column that orders the rows in time.</source>
        <translation>请选择按时间对行排序的列。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The time column cannot be the target.</source>
        <translation>时间列不能是目标列。</translation>
    </message>
</context>
<context>
    <name>pp::TrainPage</name>
    <message>
        <location filename="../ui/pages/train_page.cpp" line="+76"/>
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
        <location line="+12"/>
        <source>Start Training</source>
        <translation>开始训练</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+123"/>
        <source>Train the model with these settings</source>
        <translation>使用这些设置训练模型</translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+76"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Pause training after the current round; Resume continues where it stopped</source>
        <translation>在当前轮次结束后暂停训练；点击“继续”可从停止处接着训练</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop training now. The rounds completed so far are kept and evaluated when the model allows it.</source>
        <translation>立即停止训练。在模型允许的情况下，已完成的轮次会被保留并评估。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the results when training ends</source>
        <translation>训练结束后显示结果</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Runs of This Session</source>
        <translation>本次会话的运行记录</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused.</source>
        <translation>已暂停。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resumed.</source>
        <translation>已继续。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Training failed: %1</source>
        <translation>训练失败：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training failed.</source>
        <translation>训练失败。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training failed</source>
        <translation>训练失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model could not be trained:
%1</source>
        <translation>无法训练模型：
%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopped before any round was completed; no model was kept.</source>
        <translation>在完成任何轮次之前已停止；未保留模型。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped; no model was kept.</source>
        <translation>已停止；未保留模型。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Training %1 to predict %2.</source>
        <translation>正在训练%1，预测 %2。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 stopped after %2 rounds; the partial model was evaluated.</source>
        <translation>%1 在 %2 轮后停止；已评估部分模型。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 finished in %2.</source>
        <translation>%1 已完成，用时 %2。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Checking the neural-network component</source>
        <translation>正在检查神经网络组件</translation>
    </message>
</context>
<context>
    <name>pp::Trainer</name>
    <message>
        <location filename="../core/ml/trainer.cpp" line="+377"/>
        <source>Choose a target column to predict.</source>
        <translation>请选择要预测的目标列。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The target column &apos;%1&apos; is not in the data.</source>
        <translation>数据中没有目标列“%1”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The target column &apos;%1&apos; is not in the test data.</source>
        <translation>测试数据中没有目标列“%1”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Multi-label classification needs two or more target columns.</source>
        <translation>多标签分类需要两个或更多目标列。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown model &apos;%1&apos;. Available models: %2.</source>
        <translation>未知模型“%1”。可用模型：%2。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Task: %1; model: %2; device: %3</source>
        <translation>任务：%1；模型：%2；设备：%3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There are no training rows with a target value.</source>
        <translation>没有带目标值的训练行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows: %1 train, %2 validation, %3 test</source>
        <translation>行数：训练 %1，验证 %2，测试 %3</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Sequence windows are built from consecutive rows of each series: split the rows by time instead of at random.</source>
        <translation>序列窗口由每个序列中连续的行构成：请按时间划分行，而不是随机划分。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The preparation pipeline turned the %1 test rows into none, so the model could not be tested.</source>
        <translation>数据准备流程处理后，%1 个测试行一行也没有留下，因此无法测试模型。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warning: the preparation pipeline turned the %1 validation rows into none; training continues without validation.</source>
        <translation>警告：数据准备流程处理后，%1 个验证行一行也没有留下；训练将在没有验证集的情况下继续。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Stopped by the user; evaluating the model trained so far.</source>
        <translation>已被用户停止；正在评估目前已训练的模型。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model trained in %1 s</source>
        <translation>模型训练用时 %1 秒</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Decision threshold chosen on validation rows (max F1): %1</source>
        <translation>在验证集上选定的决策阈值（最大 F1）：%1</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Cross-validation fold %1 of %2 done</source>
        <translation>交叉验证第 %1/%2 折已完成</translation>
    </message>
</context>
<context>
    <name>pp::TrainingController</name>
    <message>
        <location filename="../ui/training_controller.cpp" line="+95"/>
        <source>Training %1</source>
        <translation>正在训练%1</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Training failed for an unknown reason.</source>
        <translation>训练因未知原因失败。</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Stopping after the current round…</source>
        <translation>将在当前轮次结束后停止…</translation>
    </message>
</context>
<context>
    <name>pp::TrainingMonitor</name>
    <message>
        <location filename="../ui/widgets/training_monitor.cpp" line="+59"/>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <location line="+58"/>
        <location line="+5"/>
        <source>Round / epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Loss (lower is better)</source>
        <translation>损失（越低越好）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model&apos;s training loss on the training rows and on the validation rows. When the validation curve turns up while the training curve keeps falling, the model is overfitting.</source>
        <translation>模型在训练行和验证行上的训练损失。当验证曲线开始上升而训练曲线仍在下降时，说明模型正在过拟合。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Validation metrics</source>
        <translation>验证指标</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The curves appear here while a model trains.</source>
        <translation>模型训练时，曲线会显示在这里。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Messages of the training run appear here.</source>
        <translation>训练过程中的消息会显示在这里。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Training rows</source>
        <translation>训练行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validation rows</source>
        <translation>验证行</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+63"/>
        <source>Score (1 is perfect)</source>
        <translation>得分（1 为最佳）</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Validation metrics of the model after each round or epoch, on the validation rows: R² (left axis) and mean absolute error (right axis, in the target&apos;s unit) for regression; accuracy and F1 for classification. They are computed as the final validation metrics are.</source>
        <translation>模型在每一轮或每个周期之后、在验证行上的验证指标：回归为 R²（左轴）和平均绝对误差（右轴，单位与目标相同）；分类为准确率和 F1。计算方式与最终的验证指标相同。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>On the validation rows; R² of 1 and MAE of 0 are perfect</source>
        <translation>基于验证行；R² 为 1、MAE 为 0 时最佳</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R² (1 is perfect)</source>
        <translation>R²（1 为最佳）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MAE (in the target&apos;s unit)</source>
        <translation>MAE（目标的单位）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MAE (in units of %1)</source>
        <translation>MAE（单位同 %1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the validation rows; 1 is perfect</source>
        <translation>基于验证行；1 表示完美</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 (right axis)</source>
        <translation>%1（右轴）</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>round %1 of %2</source>
        <translation>第 %1/%2 轮</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>round %1</source>
        <translation>第 %1 轮</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 elapsed</source>
        <translation>已用时 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about %1 left</source>
        <translation>约剩 %1</translation>
    </message>
</context>
<context>
    <name>pp::VarianceThresholdStep</name>
    <message>
        <location filename="../core/prep/select_steps.cpp" line="+8"/>
        <source>Drops features that hardly vary on the training rows (constant or near-constant columns).</source>
        <translation>删除在训练行上几乎不变化的特征（常数列或近似常数列）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns whose variance on the training rows is not above this are dropped; 0 drops constant columns only. The variance is in the column&apos;s units squared.</source>
        <translation>训练行上方差不高于此值的列将被删除；0 表示只删除常数列。方差的单位是该列单位的平方。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The columns to consider; empty means every numeric feature.</source>
        <translation>要考虑的列；留空表示所有数值特征。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Drop features with variance ≤ %1</source>
        <translation>删除方差 ≤ %1 的特征</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>: %1</source>
        <translation>：%1</translation>
    </message>
    <message>
        <location filename="../core/prep/select_steps.h" line="-22"/>
        <source>Variance threshold</source>
        <translation>方差阈值</translation>
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
        <translation>XGBoost %1失败：%2</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+39"/>
        <location filename="../core/ml/xgb_model.cpp" line="+154"/>
        <source>Preparing the data</source>
        <translation>准备数据</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Setting the targets</source>
        <translation>设置目标值</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Setting the sample weights</source>
        <translation>设置样本权重</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Creating the model</source>
        <translation>创建模型</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>XGBoost rejected the setting %1 = %2: %3</source>
        <translation>XGBoost 拒绝了设置 %1 = %2：%3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Keeping the best rounds</source>
        <translation>保留最佳轮次</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saving the model</source>
        <translation>保存模型</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading the model</source>
        <translation>加载模型</translation>
    </message>
    <message>
        <location filename="../core/ml/xgb_model.cpp" line="-125"/>
        <source>the targets have %1 rows but the features %2.</source>
        <translation>目标有 %1 行，但特征有 %2 行。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected %1 target column(s), got %2.</source>
        <translation>应有 %1 个目标列，实际为 %2 个。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there are %1 sample weights for %2 rows.</source>
        <translation>有 %1 个样本权重，但有 %2 行。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sample weights must be finite and not negative.</source>
        <translation>样本权重必须是有限值且不能为负。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the sample weights are all zero.</source>
        <translation>样本权重全部为零。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>column %1 is infinite in row %2.</source>
        <translation>第 %2 行的第 %1 列为无穷大。</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>the target is missing or infinite in row %1.</source>
        <translation>第 %1 行的目标缺失或为无穷大。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>row %1 has target %2, expected a class number from 0 to %3.</source>
        <translation>第 %1 行的目标为 %2，应为 0 到 %3 之间的类别编号。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>There is nothing to train on: the training data has no rows or no columns.</source>
        <translation>没有可训练的内容：训练数据没有行或没有列。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+48"/>
        <source>Training data</source>
        <translation>训练数据</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>The validation data has %1 columns but the training data %2.</source>
        <translation>验证数据有 %1 列，但训练数据有 %2 列。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+44"/>
        <source>Validation data</source>
        <translation>验证数据</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Early stopping was ignored because there is no validation data.</source>
        <translation>由于没有验证数据，已忽略提前停止。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Boosting</source>
        <translation>正在训练提升树</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Growing trees</source>
        <translation>正在生长树</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No boosting round was trained.</source>
        <translation>没有训练任何提升轮次。</translation>
    </message>
    <message>
        <location filename="../core/ml/xgb_model_io.cpp" line="+50"/>
        <location line="+73"/>
        <source>The model has not been trained yet.</source>
        <translation>模型尚未训练。</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>The model was trained on %1 columns but is asked to predict from %2.</source>
        <translation>模型训练时使用了 %1 列，但预测时提供了 %2 列。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Predicting</source>
        <translation>预测</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>XGBoost returned predictions of an unexpected shape.</source>
        <translation>XGBoost 返回的预测结果形状异常。</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>These bytes are not a saved tree model.</source>
        <translation>这些字节不是保存的树模型。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This tree model was saved by a newer version of the program.</source>
        <translation>该树模型由更新版本的程序保存。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The saved model is a &apos;%1&apos; model for %2, not a &apos;%3&apos; model for %4.</source>
        <translation>保存的模型是用于%2的“%1”模型，而不是用于%4的“%3”模型。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The saved tree model is damaged.</source>
        <translation>保存的树模型已损坏。</translation>
    </message>
    <message>
        <location filename="../core/ml/xgb_params.cpp" line="+46"/>
        <source>Number of trees</source>
        <translation>树的数量</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Maximum depth</source>
        <translation>最大深度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many questions a tree may ask in a row. Deeper trees capture more interactions between columns but overfit more.</source>
        <translation>一棵树最多可以连续提出多少个问题。树越深，能捕捉的列间交互越多，但也越容易过拟合。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Minimum customers per leaf</source>
        <translation>每个叶节点的最少客户数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A split is only made if each side keeps at least this many customers (with sample weights: this much weight). Raise it to get smoother, less overfitted predictions.</source>
        <translation>仅当分裂后两侧都至少保留这么多客户（使用样本权重时：这么多权重）时才进行分裂。调大可使预测更平滑、过拟合更少。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>L2 leaf shrinkage (lambda)</source>
        <translation>L2 叶节点收缩（lambda）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulls every leaf&apos;s prediction towards zero; small leaves are pulled more. 0 keeps plain leaf averages; larger values make predictions more cautious.</source>
        <translation>将每个叶节点的预测值拉向零；样本少的叶节点被拉得更多。0 表示保持叶节点的原始平均值；值越大，预测越保守。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Histogram bins</source>
        <translation>直方图箱数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers are grouped into at most this many bins before trees look for split points. More bins give finer splits but train more slowly.</source>
        <translation>在树寻找分裂点之前，数值最多被分到这么多个箱中。箱越多，分裂越精细，但训练越慢。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Row sample per tree</source>
        <translation>每棵树的行采样比例</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Random seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted by every model so that one script can give all of them the same seed. A single tree samples no rows or columns, so the seed changes nothing.</source>
        <translation>所有模型都接受此参数，以便一个脚本可以给所有模型相同的种子。单棵决策树不对行或列采样，因此种子不会改变任何结果。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed for XGBoost&apos;s row and column sampling (subsample, colsample_*). The same seed gives the same trees. Without it, the run&apos;s seed (--seed) is used.</source>
        <translation>XGBoost 行采样和列采样（subsample、colsample_*）的随机种子。相同的种子得到相同的树。未设置时使用本次运行的种子（--seed）。</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Column sample per split</source>
        <translation>每次分裂的列采样比例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the columns each split may choose from; this randomness makes the trees differ. 0 = automatic: about the square root of the number of columns for classification, a third of them for regression.</source>
        <translation>每次分裂可从中选择的列所占比例；这种随机性使各棵树彼此不同。0 = 自动：分类时约为列数的平方根，回归时约为列数的三分之一。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scales every tree&apos;s correction (XGBoost&apos;s eta). A random forest is one round of averaged trees, so 1 gives the forest&apos;s own predictions; lower values pull them towards the starting value.</source>
        <translation>缩放每棵树的修正量（XGBoost 的 eta）。随机森林是一轮取平均的树，因此 1 给出森林本身的预测；更小的值会把预测拉向初始值。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accepted so that one script can give gbdt and forest the same keys. A random forest grows all its trees in a single round, so there is nothing to stop early: it has no effect.</source>
        <translation>接受此参数是为了让一个脚本可以给梯度提升树和随机森林相同的参数名。随机森林在一轮中生成所有的树，没有可以提前停止的内容：此参数不起作用。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How many trees vote. More trees give steadier predictions but take longer; past a few hundred little changes.</source>
        <translation>参与投票的树的数量。树越多，预测越稳定，但耗时越长；超过几百棵后变化不大。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Share of the customers each tree is grown on, drawn at random. 0.632 matches the classic bootstrap&apos;s share of distinct rows.</source>
        <translation>随机抽取、用于生长每棵树的客户比例。0.632 与经典自助法（bootstrap）中不同行所占的比例一致。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share of the columns each tree may use, drawn once per tree; the per-split sample then chooses among these. 1 = all columns.</source>
        <translation>每棵树可使用的列的比例，每棵树抽取一次；每次分裂的列采样再从这些列中选择。1 = 所有列。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How many boosting rounds: each round adds a tree that corrects the previous ones. More rounds fit better but can overfit; use early stopping to pick the number for you.</source>
        <translation>提升轮数：每一轮添加一棵树来修正之前的树。轮数越多拟合越好，但可能过拟合；可使用提前停止自动确定轮数。</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+33"/>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much each new tree corrects. Smaller values need more trees but usually predict better on new customers.</source>
        <translation>每棵新树的修正幅度。值越小需要的树越多，但通常对新客户的预测更好。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Share of the customers each tree sees, drawn at random each round. Values like 0.8 add randomness that often reduces overfitting.</source>
        <translation>每一轮随机抽取、供每棵树使用的客户比例。0.8 之类的值会增加随机性，通常能减轻过拟合。</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>Column sample per tree</source>
        <translation>每棵树的列采样比例</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>Share of the columns each tree may use. Lower it when there are many similar columns.</source>
        <translation>每棵树可以使用的列所占比例。存在许多相似列时可调低。</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>L1 leaf shrinkage (alpha)</source>
        <translation>L1 叶节点收缩（alpha）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sets small leaf corrections to exactly zero. Rarely needed; try it when there are many noisy columns.</source>
        <translation>将较小的叶节点修正值直接置零。很少需要；列中噪声较多时可以尝试。</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Minimum child weight</source>
        <translation>最小子节点权重</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A split is only made if each side carries at least this much weight (for regression: this many customers; for classification fewer, confident customers count less). Raise it to make trees more conservative.</source>
        <translation>仅当分裂后两侧都至少带有这么多权重时才进行分裂（回归：即这么多客户；分类：人数可以更少，预测已较有把握的客户权重较低）。调大可使树更保守。</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+43"/>
        <source>Early stopping (rounds)</source>
        <translation>提前停止（轮数）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop when the validation loss has not improved for this many rounds, and keep the best round. 0 = off. Needs validation data.</source>
        <translation>验证损失连续这么多轮没有改善时停止，并保留最佳轮次。0 = 关闭。需要验证数据。</translation>
    </message>
    <message>
        <location filename="../core/ml/xgb_registration.cpp" line="+26"/>
        <source>Decision tree</source>
        <translation>决策树</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A single tree of yes/no questions about the customer. Easy to explain, but usually less accurate than a forest or boosted trees.</source>
        <translation>由一系列关于客户的是/否问题构成的单棵树。易于解释，但通常不如随机森林或提升树准确。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Random forest</source>
        <translation>随机森林</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Many trees, each grown on a random part of the customers and columns, averaged. Robust with little tuning.</source>
        <translation>由许多树取平均，每棵树在随机抽取的部分客户和列上生长。稳健，几乎不需要调参。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gradient-boosted trees (XGBoost)</source>
        <translation>梯度提升树（XGBoost）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trees added one after another, each correcting the previous ones. Often the most accurate model on tables of customer data.</source>
        <translation>逐棵添加的树，每棵都修正之前的树。在客户数据表格上通常是最准确的模型。</translation>
    </message>
    <message>
        <location filename="../core/ml/xgb_round_evaluator.cpp" line="+43"/>
        <location line="+5"/>
        <source>Evaluating</source>
        <translation>评估</translation>
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
        <translation>用法：ppstudio-cli COMMAND [OPTIONS]

命令：
  profile FILE     加载数据文件并输出各列的统计信息
  generate         写出合成电商数据集
  outliers FILE    查找异常值（按列：iqr、zscore、mad；跨列：iforest）
  prepare FILE     拟合数据准备流程（--pipeline P.json）并写出 --out OUT.csv
  train FILE       训练模型并报告其评估指标（加 --json 输出 JSON）
  predict DIR FILE 用保存的模型为新数据评分
  runs PROJECT     列出项目的运行记录（加 --json 输出 JSON）
  export PROJECT RUN_ID --out DIR   写出某次运行的模型包
  help             显示此帮助
  version          显示版本
</translation>
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
        <translation>字段分隔符，例如 &apos;,&apos; &apos;;&apos; &apos;\t&apos; &apos;|&apos;（默认：自动检测）。</translation>
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
        <location filename="../core/cli/cmd_train.cpp" line="+331"/>
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
        <translation>无法读取流程：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not a pipeline JSON object (%1 at byte %2)</source>
        <translation>不是流程 JSON 对象（%1，位于第 %2 字节）</translation>
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
        <translation>在训练数据上拟合数据准备流程，并将准备好的表写为 CSV。
各步骤在 --fit-on 指定的文件（默认：FILE 本身）上拟合，再应用到 FILE；重采样步骤仅当 FILE 就是其拟合所用的数据时才会改变 FILE。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV/TSV, Excel .xlsx or SQLite file to prepare.</source>
        <translation>要准备的 CSV/TSV、Excel .xlsx 或 SQLite 文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pipeline JSON file (from the app&apos;s Prepare page or written by hand).</source>
        <translation>流程 JSON 文件（来自应用程序的“准备”页面或手工编写）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV file to write.</source>
        <translation>要写入的 CSV 文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit the steps on this file (the training data) instead of FILE.</source>
        <translation>在此文件（训练数据）而不是 FILE 上拟合各步骤。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target column(s), comma-separated; needed by selection and resampling steps.</source>
        <translation>目标列，多个以逗号分隔；特征选择和重采样步骤需要。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Base seed of the random steps (default 42).</source>
        <translation>随机步骤的基础种子（默认 42）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print a JSON summary.</source>
        <translation>输出 JSON 摘要。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>prepare needs exactly one FILE (see ppstudio-cli prepare --help).</source>
        <translation>prepare 需要且仅需要一个 FILE（参见 ppstudio-cli prepare --help）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>prepare needs --pipeline P.json and --out OUT.csv.</source>
        <translation>prepare 需要 --pipeline P.json 和 --out OUT.csv。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--seed takes a whole number &gt;= 0, got &apos;%1&apos;.</source>
        <translation>--seed 需要一个大于等于 0 的整数，实际为“%1”。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>target column &apos;%1&apos; is not in the data.</source>
        <translation>数据中没有目标列“%1”。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1: %2 rows → %3 rows, %4 columns (%5 s)</source>
        <translation>%1：%2 行 → %3 行，%4 列（%5 秒）</translation>
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
        <translation>标记了 %1 行（分数 &gt; %2）；%3 行的缺失值已用中位数插补</translation>
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
        <translation>以 CSV 格式写出合成电商数据集。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of customers (default 10000).</source>
        <translation>客户数量（默认 10000）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/cli/cmd_train.cpp" line="-9"/>
        <source>Random seed (default 42).</source>
        <translation>随机种子（默认 42）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of missing values in feature columns (default 0.05).</source>
        <translation>特征列中缺失值的比例（默认 0.05）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of outliers (default 0.01).</source>
        <translation>异常值的比例（默认 0.01）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output CSV file.</source>
        <translation>输出 CSV 文件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>generate takes no positional arguments: use --out FILE.</source>
        <translation>generate 不接受位置参数：请使用 --out FILE。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>generate needs --out FILE.</source>
        <translation>generate 需要 --out FILE。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--rows takes a number &gt;= 1, got &apos;%1&apos;.</source>
        <translation>--rows 需要一个大于等于 1 的数，实际为“%1”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--seed takes a non-negative integer, got &apos;%1&apos;.</source>
        <translation>--seed 需要一个非负整数，实际为“%1”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--missing-rate takes a number in [0, 1).</source>
        <translation>--missing-rate 需要一个位于 [0, 1) 的数。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--outlier-rate takes a number in [0, 1).</source>
        <translation>--outlier-rate 需要一个位于 [0, 1) 的数。</translation>
    </message>
    <message>
        <location filename="../core/cli/cmd_predict.cpp" line="+21"/>
        <source>Score new data with a saved model (see train --save).</source>
        <translation>用保存的模型为新数据评分（参见 train --save）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder written by train --save or export.</source>
        <translation>由 train --save 或 export 写出的文件夹。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data to score, with the training columns.</source>
        <translation>要评分的数据，需包含训练时的列。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output CSV: the input columns, then the predictions.</source>
        <translation>输出 CSV：输入列，后接预测结果。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>predict needs MODEL_DIR and FILE (see ppstudio-cli predict --help).</source>
        <translation>predict 需要 MODEL_DIR 和 FILE（参见 ppstudio-cli predict --help）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>predict needs --out OUT.csv.</source>
        <translation>predict 需要 --out OUT.csv。</translation>
    </message>
    <message>
        <location filename="../core/cli/cmd_project.cpp" line="+62"/>
        <source>List the runs of a project with their status and metrics.</source>
        <translation>列出项目的运行记录及其状态和评估指标。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <source>A .ppsproj project file.</source>
        <translation>.ppsproj 项目文件。</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Print a JSON list.</source>
        <translation>输出 JSON 列表。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>runs needs exactly one PROJECT file.</source>
        <translation>runs 需要且仅需要一个 PROJECT 文件。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Write a run&apos;s model bundle (for ppstudio-cli predict).</source>
        <translation>写出某次运行的模型包（供 ppstudio-cli predict 使用）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The run&apos;s id (see ppstudio-cli runs).</source>
        <translation>运行记录的 ID（参见 ppstudio-cli runs）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder to write the bundle to.</source>
        <translation>模型包的写入文件夹。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>export needs PROJECT RUN_ID --out DIR.</source>
        <translation>export 需要 PROJECT RUN_ID --out DIR。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RUN_ID must be a number, got &apos;%1&apos;.</source>
        <translation>RUN_ID 必须是数字，实际为“%1”。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1, run %2</source>
        <translation>%1，运行记录 %2</translation>
    </message>
    <message>
        <location filename="../core/cli/cmd_train.cpp" line="-136"/>
        <source>train needs --target COLUMN (several columns, comma-separated, for multi-label).</source>
        <translation>train 需要 --target COLUMN（多标签时可指定多列，以逗号分隔）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown --task &apos;%1&apos; (use auto, regression, binary, multiclass or multilabel).</source>
        <translation>未知的 --task“%1”（请使用 auto、regression、binary、multiclass 或 multilabel）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown --model &apos;%1&apos;. Available models: %2.</source>
        <translation>未知的 --model“%1”。可用模型：%2。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--set takes KEY=VALUE, got &apos;%1&apos;.</source>
        <translation>--set 的格式为 KEY=VALUE，实际为“%1”。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown parameter &apos;%1&apos; for model &apos;%2&apos;. Known parameters: %3.</source>
        <translation>模型“%2”没有参数“%1”。可用参数：%3。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--test-size takes a share in [0, 1).</source>
        <translation>--test-size 需要一个位于 [0, 1) 的比例。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--valid-size takes a share in [0, 1) that leaves training rows.</source>
        <translation>--valid-size 需要一个位于 [0, 1) 且能留下训练行的比例。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--split takes random, stratified or time:COLUMN, got &apos;%1&apos;.</source>
        <translation>--split 的取值为 random、stratified 或 time:COLUMN，实际为“%1”。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--cv takes a number of folds &gt;= 2.</source>
        <translation>--cv 需要一个大于等于 2 的折数。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--seed takes a non-negative integer.</source>
        <translation>--seed 需要一个非负整数。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--device takes auto, cpu or cuda.</source>
        <translation>--device 的取值为 auto、cpu 或 cuda。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: cannot read the pipeline file: %2</source>
        <translation>%1：无法读取流程文件：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: not a valid pipeline JSON file (%2 at byte %3).</source>
        <translation>%1：不是有效的流程 JSON 文件（%2，位于第 %3 字节）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Column to predict (repeat or comma-separate for multi-label).</source>
        <translation>要预测的列（多标签时可重复指定或以逗号分隔）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>auto, regression, binary, multiclass or multilabel (default auto).</source>
        <translation>auto、regression、binary、multiclass 或 multilabel（默认 auto）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model: %1 (default gbdt).</source>
        <translation>模型：%1（默认 gbdt）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preprocessing pipeline JSON file (default: the built-in pipeline).</source>
        <translation>预处理流程 JSON 文件（默认：内置流程）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model parameter KEY=VALUE (repeatable), e.g. max_depth=6.</source>
        <translation>模型参数 KEY=VALUE（可重复使用），例如 max_depth=6。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluate on this file instead of a random test split.</source>
        <translation>在此文件上评估，而不是随机划分测试集。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of rows held out for testing (default 0.2).</source>
        <translation>留作测试的行比例（默认 0.2）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of rows for validation (default 0.1).</source>
        <translation>用于验证的行比例（默认 0.1）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>random, stratified or time:COLUMN (default random).</source>
        <translation>random、stratified 或 time:COLUMN（默认 random）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also run K-fold cross-validation.</source>
        <translation>另外运行 K 折交叉验证。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>auto, cpu or cuda (neural networks).</source>
        <translation>auto、cpu 或 cuda（用于神经网络）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Binary decision threshold: 0.5 (default) or max_f1 (chosen on validation).</source>
        <translation>二分类决策阈值：0.5（默认）或 max_f1（在验证集上选定）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Permutation-importance repeats (default 5, 0 = skip).</source>
        <translation>置换重要性的重复次数（默认 5，0 = 跳过）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the trained model bundle to this folder.</source>
        <translation>将训练好的模型包保存到此文件夹。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the run (curve, metrics, model) in this project file (created if needed).</source>
        <translation>将本次运行（曲线、评估指标、模型）记录到此项目文件（必要时自动创建）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of the run in the project.</source>
        <translation>运行记录在项目中的名称。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Train a model on a data file and report its metrics.</source>
        <translation>在数据文件上训练模型并报告其评估指标。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training data (CSV/TSV, .xlsx or SQLite).</source>
        <translation>训练数据（CSV/TSV、.xlsx 或 SQLite）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>train needs exactly one FILE (see ppstudio-cli train --help).</source>
        <translation>train 需要且仅需要一个 FILE（参见 ppstudio-cli train --help）。</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1 (%2) on %3: %4 train / %5 validation / %6 test rows, fitted in %7 s</source>
        <translation>%1（%2），设备 %3：训练 %4 行 / 验证 %5 行 / 测试 %6 行，拟合用时 %7 秒</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>train</source>
        <translation>训练集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>valid</source>
        <translation>验证集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>test</source>
        <translation>测试集</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cv mean</source>
        <translation>交叉验证均值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cv std</source>
        <translation>交叉验证标准差</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>importance</source>
        <translation>重要性</translation>
    </message>
    <message>
        <location filename="../ui/report/project_report.cpp" line="+104"/>
        <source>report PROJECT RUN_ID --out report.pdf|.html   write a run report</source>
        <translation>report PROJECT RUN_ID --out report.pdf|.html   写出运行报告</translation>
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
        <location filename="../ui/format.cpp" line="+57"/>
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
        <location filename="../ui/report/run_report.cpp" line="-34"/>
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
        <location line="+54"/>
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
        <location line="+2"/>
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
        <location line="+3"/>
        <source>Training time</source>
        <translation>训练用时</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <translation>%1集上的预测</translation>
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
        <location line="+44"/>
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
        <location filename="../ui/report/project_report.cpp" line="-76"/>
        <source>Run %1</source>
        <translation>运行 %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>test</source>
        <translation>测试</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Write a run&apos;s report as PDF or HTML.</source>
        <translation>将某次运行的报告写为 PDF 或 HTML。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A .ppsproj project file.</source>
        <translation>.ppsproj 项目文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run&apos;s id (see ppstudio-cli runs).</source>
        <translation>运行记录的 ID（参见 ppstudio-cli runs）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>report.pdf or report.html</source>
        <translation>report.pdf 或 report.html</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>report needs PROJECT RUN_ID --out FILE.</source>
        <translation>report 需要 PROJECT RUN_ID --out FILE。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RUN_ID must be a number.</source>
        <translation>RUN_ID 必须是数字。</translation>
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
    <name>pp::store::ZipWriter</name>
    <message>
        <location filename="../core/store/zip_writer.cpp" line="+88"/>
        <source>Invalid name for a ZIP member: &apos;%1&apos;.</source>
        <translation>ZIP 成员名称无效：“%1”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is too large for a ZIP archive (4 GiB at most).</source>
        <translation>“%1”对 ZIP 压缩包来说太大（最多 4 GiB）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not compress &apos;%1&apos;.</source>
        <translation>无法压缩“%1”。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+40"/>
        <source>The ZIP archive would be larger than 4 GiB.</source>
        <translation>ZIP 压缩包将超过 4 GiB。</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Too many files for a ZIP archive.</source>
        <translation>文件太多，无法放入 ZIP 压缩包。</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+2"/>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
</context>
<context>
    <name>pp::synthetic</name>
    <message>
        <location filename="../core/data/synthetic.cpp" line="+85"/>
        <source>Synthetic data (seed %1)</source>
        <translation>合成数据（种子 %1）</translation>
    </message>
    <message>
        <location line="+86"/>
        <location line="+7"/>
        <location line="+73"/>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
</context>
</TS>
