<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>pp::BasicStep</name>
    <message numerus="yes">
        <location filename="../core/prep/basic_step_helpers.cpp" line="+249"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pp::BinStep</name>
    <message numerus="yes">
        <location filename="../core/prep/transform_steps.cpp" line="+181"/>
        <source>Bin %1 into %n equal-count bins</source>
        <translation>
            <numerusform>Bin %1 into %n equal-count bin</numerusform>
            <numerusform>Bin %1 into %n equal-count bins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Bin %1 into %n equal-width bins</source>
        <translation>
            <numerusform>Bin %1 into %n equal-width bin</numerusform>
            <numerusform>Bin %1 into %n equal-width bins</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pp::ChangeTypeStep</name>
    <message numerus="yes">
        <location filename="../core/prep/column_steps.cpp" line="+200"/>
        <source>(%n value(s) could not be converted in training)</source>
        <translation>
            <numerusform>(%n value could not be converted in training)</numerusform>
            <numerusform>(%n values could not be converted in training)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+62"/>
        <source>%n value(s) of &apos;%1&apos; could not be converted and are now missing.</source>
        <translation>
            <numerusform>%n value of &apos;%1&apos; could not be converted and is now missing.</numerusform>
            <numerusform>%n values of &apos;%1&apos; could not be converted and are now missing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pp::ColumnBuilder</name>
    <message numerus="yes">
        <location filename="../core/data/column_builder.cpp" line="+656"/>
        <source>%n value(s) of column &apos;%1&apos; could not be read as %2 and are treated as missing.</source>
        <translation>
            <numerusform>%n value of column &apos;%1&apos; could not be read as %2 and is treated as missing.</numerusform>
            <numerusform>%n values of column &apos;%1&apos; could not be read as %2 and are treated as missing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pp::ColumnsEditor</name>
    <message numerus="yes">
        <location filename="../ui/widgets/columns_editor.cpp" line="+123"/>
        <source>%n column(s) chosen</source>
        <translation>
            <numerusform>%n column chosen</numerusform>
            <numerusform>%n columns chosen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pp::CorrelationView</name>
    <message numerus="yes">
        <location filename="../ui/widgets/correlation_view.cpp" line="+126"/>
        <source>%n numeric column(s); pairs use the rows where both values are present</source>
        <translation>
            <numerusform>%n numeric column; pairs use the rows where both values are present</numerusform>
            <numerusform>%n numeric columns; pairs use the rows where both values are present</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pp::CsvReader</name>
    <message numerus="yes">
        <location filename="../core/data/csv_reader.cpp" line="+706"/>
        <location line="+245"/>
        <source>%n value(s) of column &apos;%1&apos; could not be read as %2 and are treated as missing.</source>
        <translation>
            <numerusform>%n value of column &apos;%1&apos; could not be read as %2 and is treated as missing.</numerusform>
            <numerusform>%n values of column &apos;%1&apos; could not be read as %2 and are treated as missing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-31"/>
        <source>%n more row(s) had a different number of fields.</source>
        <translation>
            <numerusform>%n more row had a different number of fields.</numerusform>
            <numerusform>%n more rows had a different number of fields.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pp::DistributionCharts</name>
    <message numerus="yes">
        <location filename="../ui/charts/distribution_charts.cpp" line="+188"/>
        <source>Other (%n values)</source>
        <translation>
            <numerusform>Other (%n value)</numerusform>
            <numerusform>Other (%n values)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pp::DropMissingRowsStep</name>
    <message numerus="yes">
        <location filename="../core/prep/missing_steps.cpp" line="+42"/>
        <source>(%n training row(s))</source>
        <translation>
            <numerusform>(%n training row)</numerusform>
            <numerusform>(%n training rows)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>%n row(s) with missing values were dropped.</source>
        <translation>
            <numerusform>%n row with missing values was dropped.</numerusform>
            <numerusform>%n rows with missing values were dropped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pp::DropOutliersStep</name>
    <message numerus="yes">
        <location filename="../core/prep/outlier_steps.cpp" line="+249"/>
        <source>%n outlier row(s) were dropped.</source>
        <translation>
            <numerusform>%n outlier row was dropped.</numerusform>
            <numerusform>%n outlier rows were dropped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pp::GroupView</name>
    <message numerus="yes">
        <location filename="../ui/widgets/group_view.cpp" line="+123"/>
        <source>%n group(s); hover a bar for counts</source>
        <translation>
            <numerusform>%n group; hover a bar for counts</numerusform>
            <numerusform>%n groups; hover a bar for counts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Other (%n groups)</source>
        <translation>
            <numerusform>Other (%n group)</numerusform>
            <numerusform>Other (%n groups)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pp::IForestDropStep</name>
    <message numerus="yes">
        <location filename="../core/prep/iforest_step.cpp" line="+222"/>
        <source>%n anomalous row(s) were dropped.</source>
        <translation>
            <numerusform>%n anomalous row was dropped.</numerusform>
            <numerusform>%n anomalous rows were dropped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pp::ImputePreview</name>
    <message numerus="yes">
        <location filename="../ui/models/impute_preview.cpp" line="+160"/>
        <source>Other (%n categories)</source>
        <translation>
            <numerusform>Other (%n category)</numerusform>
            <numerusform>Other (%n categories)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pp::ImputePreviewPanel</name>
    <message numerus="yes">
        <location filename="../ui/widgets/impute_preview_panel.cpp" line="+309"/>
        <location line="+28"/>
        <source>%Ln missing value(s) filled</source>
        <translation>
            <numerusform>%Ln missing value filled</numerusform>
            <numerusform>%Ln missing values filled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>top %n categories</source>
        <translation>
            <numerusform>top %n category</numerusform>
            <numerusform>top %n categories</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pp::ImputeStep</name>
    <message numerus="yes">
        <location filename="../core/prep/impute_step.cpp" line="+89"/>
        <source>and %n more column(s)</source>
        <translation>
            <numerusform>and %n more column</numerusform>
            <numerusform>and %n more columns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pp::KnnImputeStep</name>
    <message numerus="yes">
        <location filename="../core/prep/knn_impute_step.cpp" line="+36"/>
        <source>Impute %1 from the %n nearest training rows</source>
        <translation>
            <numerusform>Impute %1 from the nearest training row</numerusform>
            <numerusform>Impute %1 from the %n nearest training rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>— %n donor row(s)</source>
        <translation>
            <numerusform>— %n donor row</numerusform>
            <numerusform>— %n donor rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pp::Log1pStep</name>
    <message numerus="yes">
        <location filename="../core/prep/transform_steps.cpp" line="-50"/>
        <source>column &apos;%1&apos; has %n value(s) of -1 or less, where log(1 + x) is not defined.</source>
        <translation>
            <numerusform>column &apos;%1&apos; has %n value of -1 or less, where log(1 + x) is not defined.</numerusform>
            <numerusform>column &apos;%1&apos; has %n values of -1 or less, where log(1 + x) is not defined.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pp::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="+689"/>
        <source>%1 of %n run(s) could not be saved in project %2:
%3</source>
        <translation>
            <numerusform>%1 of %n run could not be saved in project %2:
%3</numerusform>
            <numerusform>%1 of %n runs could not be saved in project %2:
%3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Saved %n run(s) in project %1.</source>
        <translation>
            <numerusform>Saved %n run in project %1.</numerusform>
            <numerusform>Saved %n runs in project %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n trained run(s) not saved in a project. Save before closing?</source>
        <translation>
            <numerusform>%n trained run is not saved in a project. Save it before closing?</numerusform>
            <numerusform>%n trained runs are not saved in a project. Save them before closing?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pp::MissingView</name>
    <message numerus="yes">
        <location filename="../ui/widgets/missing_view.cpp" line="+209"/>
        <source>Sent to the Prepare page: %1 (%n column(s)).</source>
        <translation>
            <numerusform>Sent to the Prepare page: %1 (%n column).</numerusform>
            <numerusform>Sent to the Prepare page: %1 (%n columns).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pp::OneHotStep</name>
    <message numerus="yes">
        <location filename="../core/prep/onehot_step.cpp" line="+63"/>
        <source>%1 → %n column(s)</source>
        <translation>
            <numerusform>%1 → %n column</numerusform>
            <numerusform>%1 → %n columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+111"/>
        <source>&apos;%1&apos; becomes %n columns; consider max_categories or another encoding.</source>
        <translation>
            <numerusform>&apos;%1&apos; becomes %n column; consider max_categories or another encoding.</numerusform>
            <numerusform>&apos;%1&apos; becomes %n columns; consider max_categories or another encoding.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pp::OrdinalStep</name>
    <message numerus="yes">
        <location filename="../core/prep/encode_steps.cpp" line="+88"/>
        <source>%n training value(s) of &apos;%1&apos; are not in the order.</source>
        <translation>
            <numerusform>%n training value of &apos;%1&apos; is not in the order.</numerusform>
            <numerusform>%n training values of &apos;%1&apos; are not in the order.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pp::OutlierBoundsStep</name>
    <message numerus="yes">
        <location filename="../core/prep/outlier_steps.cpp" line="-117"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pp::OutlierView</name>
    <message numerus="yes">
        <location filename="../ui/widgets/outlier_view.cpp" line="+121"/>
        <source>&lt;b&gt;%1&lt;/b&gt; of %2 rows flagged (%3) by %4 over %n column(s).</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; of %2 rows flagged (%3) by %4 over %n column.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; of %2 rows flagged (%3) by %4 over %n columns.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+106"/>
        <source>%1 over %n column(s)</source>
        <translation>
            <numerusform>%1 over %n column</numerusform>
            <numerusform>%1 over %n columns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pp::PowerStep</name>
    <message numerus="yes">
        <location filename="../core/prep/power_steps.cpp" line="+265"/>
        <source>column &apos;%1&apos; has %n value(s) of zero or less; Box-Cox needs positive values (use Yeo-Johnson or log(1 + x) instead).</source>
        <translation>
            <numerusform>column &apos;%1&apos; has %n value of zero or less; Box-Cox needs positive values (use Yeo-Johnson or log(1 + x) instead).</numerusform>
            <numerusform>column &apos;%1&apos; has %n values of zero or less; Box-Cox needs positive values (use Yeo-Johnson or log(1 + x) instead).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pp::PreparePage</name>
    <message numerus="yes">
        <location filename="../ui/pages/prepare_page_files.cpp" line="+66"/>
        <source>Opened pipeline %1 (%n step(s)).</source>
        <translation>
            <numerusform>Opened pipeline %1 (%n step).</numerusform>
            <numerusform>Opened pipeline %1 (%n steps).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pp::ResultsPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/results_page.cpp" line="+284"/>
        <source>%n folds</source>
        <translation>
            <numerusform>%n fold</numerusform>
            <numerusform>%n folds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pp::ScaleStep</name>
    <message numerus="yes">
        <location filename="../core/prep/scale_steps.cpp" line="+118"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pp::Split</name>
    <message numerus="yes">
        <location filename="../core/prep/split.cpp" line="+190"/>
        <source>The class &apos;%1&apos; has only %n row(s), too few to appear in every part.</source>
        <translation>
            <numerusform>The class &apos;%1&apos; has only %n row, too few to appear in every part.</numerusform>
            <numerusform>The class &apos;%1&apos; has only %n rows, too few to appear in every part.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pp::SqliteReader</name>
    <message numerus="yes">
        <location filename="../core/data/sqlite_reader.cpp" line="+268"/>
        <source>Column &apos;%1&apos; holds %n binary value(s) (BLOB); they are shown as &apos;&lt;blob N bytes&gt;&apos;.</source>
        <translation>
            <numerusform>Column &apos;%1&apos; holds %n binary value (BLOB); it is shown as &apos;&lt;blob N bytes&gt;&apos;.</numerusform>
            <numerusform>Column &apos;%1&apos; holds %n binary values (BLOB); they are shown as &apos;&lt;blob N bytes&gt;&apos;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pp::SqrtStep</name>
    <message numerus="yes">
        <location filename="../core/prep/transform_steps.cpp" line="+18"/>
        <source>column &apos;%1&apos; has %n negative value(s), which have no square root.</source>
        <translation>
            <numerusform>column &apos;%1&apos; has %n negative value, which has no square root.</numerusform>
            <numerusform>column &apos;%1&apos; has %n negative values, which have no square root.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pp::TargetEncodeStep</name>
    <message numerus="yes">
        <location filename="../core/prep/target_encode_step.cpp" line="+47"/>
        <source>Target-encode %1 (smoothing %2, out-of-fold on training rows with %n folds)</source>
        <translation>
            <numerusform>Target-encode %1 (smoothing %2, out-of-fold on training rows with %n fold)</numerusform>
            <numerusform>Target-encode %1 (smoothing %2, out-of-fold on training rows with %n folds)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pp::TrainForm</name>
    <message numerus="yes">
        <location filename="../ui/widgets/train_form.cpp" line="+546"/>
        <source>CUDA available: %n GPU(s) (LibTorch %1).</source>
        <translation>
            <numerusform>CUDA available: %n GPU (LibTorch %1).</numerusform>
            <numerusform>CUDA available: %n GPUs (LibTorch %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pp::XlsxReader</name>
    <message numerus="yes">
        <location filename="../core/data/xlsx_reader.cpp" line="+77"/>
        <source>... and %n more cell(s) like these.</source>
        <translation>
            <numerusform>... and %n more cell like these.</numerusform>
            <numerusform>... and %n more cells like these.</numerusform>
        </translation>
    </message>
</context>
</TS>
