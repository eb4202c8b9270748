package org.jixiao.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The whole flow over HTTP, budget → evaluation → report, with the demo data: the three packaged
 * services run as processes on free ports against their *_e2e databases, with authentication on
 * (tokens signed by the run's own key pair, {@link E2eKeys}), deploy/local/demo.sh loads and drives
 * them (so the demo script is tested too: finance for the budget data and publishing, a GZ-XFJ
 * department user for its evaluation and report), and the model report's figures are checked in the
 * services' JSON and in the text PDFBox extracts from the PDF the demo wrote. Then: without a valid
 * token every service answers 401; another department's user gets 403 on the model department's data
 * (directly, and through the services that read it from their peers); and deploy/local/swagger-check.sh
 * checks Swagger UI's Authorize in headless Chromium against the three services.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoFlowIT {
    static final String MODEL = "GZ-XFJ";
    /** another demo department: its user must not see the model department's data */
    static final String OTHER = "GZ-MZJ";
    static final int YEAR = 2021;

    static Path root;
    static Path target;
    static Path outDir;
    static ServiceSet services;
    static E2eKeys keys;
    static String firstDemoOutput;

    @BeforeAll
    static void startServicesAndRunDemo() throws Exception {
        root = Path.of(System.getProperty("e2e.root", "../..")).toAbsolutePath().normalize();
        target = Path.of(System.getProperty("e2e.target", "target")).toAbsolutePath().normalize();
        outDir = target.resolve("e2e-out");
        deleteTree(outDir);
        services = new ServiceSet(root, target.resolve("e2e-logs"));
        keys = services.keys();
        long started = System.nanoTime();
        services.start(Duration.ofSeconds(150));
        System.out.printf("[e2e] services ready in %d ms: %s, %s, %s%n", (System.nanoTime() - started) / 1_000_000,
                services.url("budget-service"), services.url("evaluation-service"), services.url("report-service"));
        firstDemoOutput = runDemo(1);
    }

    @AfterAll
    static void stopServices() {
        if (services != null) {
            services.close();
        }
    }

    @Test
    @Order(1)
    void demoScriptReportsTheModelAndWritesEveryFormat() throws IOException {
        assertThat(firstDemoOutput)
                .contains("city ranking by spending progress: GZ-XFJ is number 6")
                .contains("created SELF evaluation")
                .contains("key tasks (履职效能): 18/18/14 points")
                .contains("scored: total 93.16, 管理效能 43.16, grade 优")
                .contains("created report")
                .contains("0 fatal")
                .contains("published");
        String base = MODEL + "-" + YEAR + "-report.";
        for (String ext : List.of("pdf", "docx", "html", "md", "json")) {
            assertThat(outDir.resolve(base + ext)).as(base + ext).isNotEmptyFile();
        }
        assertThat(new String(Files.readAllBytes(outDir.resolve(base + "pdf")), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(new String(Files.readAllBytes(outDir.resolve(base + "docx")), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        assertThat(Files.readString(outDir.resolve(base + "md"))).contains("支出进度全市排名第 6 名");
        // the tables (附件) next to the report: the department's and both projects'
        for (String table : List.of("department", "project-XXH", "project-YKF")) {
            for (String ext : List.of("xlsx", "docx", "pdf")) {
                String file = MODEL + "-" + YEAR + "-table-" + table + "." + ext;
                assertThat(outDir.resolve(file)).as(file).isNotEmptyFile();
            }
        }
    }

    @Test
    @Order(2)
    void budgetExecutionMatchesTheModel() {
        JsonPath municipal = get("budget-service", "/api/v1/departments/" + MODEL + "/budgets/" + YEAR
                + "/execution?asOf=2021-12-31&scope=MUNICIPAL");
        assertEquals("3664.35", wan(municipal.get("total.adjustedBudget")));
        assertEquals("3661.45", wan(municipal.get("total.spent")));
        assertEquals("99.92", pct(municipal.get("total.rate")));
        assertEquals("2760.38", wan(municipal.get("basic.spent")));
        assertEquals("99.91", pct(municipal.get("basic.rate")));
        assertEquals("901.53", wan(municipal.get("project.adjustedBudget")));
        assertEquals("901.08", wan(municipal.get("project.spent")));
        assertEquals("99.95", pct(municipal.get("project.rate")));

        JsonPath all = get("budget-service", "/api/v1/departments/" + MODEL + "/budgets/" + YEAR
                + "/execution?asOf=2021-12-31&scope=ALL");
        assertEquals("3834.35", wan(all.get("total.adjustedBudget")));
        assertEquals("3831.45", wan(all.get("total.spent")));
    }

    @Test
    @Order(3)
    void cityRankingPutsTheModelSixth() {
        JsonPath ranking = get("budget-service", "/api/v1/budgets/" + YEAR + "/ranking?asOf=2021-12-31&scope=MUNICIPAL");
        List<Map<String, Object>> departments = ranking.getList("departments");
        assertThat(departments).hasSize(12);
        Map<String, Object> model = departments.stream().filter(d -> MODEL.equals(d.get("department"))).findFirst().orElseThrow();
        assertEquals(6, ((Number) model.get("rank")).intValue());
    }

    @Test
    @Order(4)
    void scoreIs93point16WithTheModelBreakdown() {
        JsonPath list = get("evaluation-service", "/api/v1/evaluations?department=" + MODEL + "&year=" + YEAR
                + "&kind=SELF&subject=DEPARTMENT");
        assertEquals(1, list.getInt("total"));
        // its key tasks from the department's approved targets; both projects' targets approved and self-evaluated
        JsonPath targets = get("evaluation-service", "/api/v1/targets?department=" + MODEL + "&year=" + YEAR);
        assertThat(targets.getList("items.status")).containsExactly("APPROVED", "APPROVED", "APPROVED");
        assertEquals(targets.getLong("items[0].id"), list.getLong("items[0].targetSetId"));
        JsonPath projects = get("evaluation-service", "/api/v1/evaluations?department=" + MODEL + "&year=" + YEAR
                + "&subject=PROJECT");
        assertThat(projects.getList("items.projectKey")).containsExactly("XXH", "YKF");
        assertThat(projects.getList("items.total").stream().map(t -> score(t)).toList()).containsExactly("100.00", "100.00");
        // the June checkpoint: the two projects behind on spending (31 % against 50 %) are in the city view, the department is not
        JsonPath monitoring = get("evaluation-service", "/api/v1/monitoring?year=" + YEAR + "&checkpoint=" + YEAR + "-06-30");
        assertThat(monitoring.getList("items.projectKey")).containsExactlyInAnyOrder("XXH", "YKF");
        assertThat(monitoring.getList("items.status")).containsOnly("YELLOW");
        JsonPath result = get("evaluation-service", "/api/v1/evaluations/" + list.getLong("items[0].id") + "/result");
        assertEquals("93.16", score(result.get("total")));
        assertEquals("优", result.getString("grade"));
        assertEquals("EXCELLENT", result.getString("gradeCode"));

        List<Map<String, Object>> nodes = result.getList("nodes");
        Map<String, String> expected = new java.util.LinkedHashMap<>();
        expected.put("MANAGEMENT", "43.16");
        expected.put("DUTY", "50.00");
        expected.put("BUDGET-EXECUTION", "19.60");
        expected.put("EXEC-RATE", "9.99");
        expected.put("SPENDING-PROGRESS", "4.69");
        expected.put("CARRY-OVER", "4.92");
        expected.put("SYSTEMS", "5.00");
        expected.put("COMPLIANCE", "4.50");
        expected.put("DISCLOSURE", "4.00");
        expected.put("ASSET-MANAGEMENT", "4.00");
        expected.put("PERF-TARGETS", "2.40");
        expected.put("PERF-MONITORING", "2.40");
        expected.put("SELF-EVALUATION", "1.26");
        expected.forEach((code, value) -> assertEquals(value, score(node(nodes, code).get("score")), code));

        List<Map<String, Object>> tasks = result.getList("tasks");
        assertThat(tasks).extracting(t -> score(t.get("points"))).containsExactly("18.00", "18.00", "14.00");
        assertThat(tasks).extracting(t -> score(t.get("score"))).containsExactly("18.00", "18.00", "14.00");
        assertThat(tasks).extracting(t -> (String) t.get("name"))
                .containsExactly("有效化解各类信访矛盾", "信访工作专业化、法治化、信息化建设", "维护市人民来访接待厅秩序");
    }

    @Test
    @Order(5)
    void publishedReportVersionCarriesTheModelFigures() {
        JsonPath version = latestVersion("json");
        assertEquals("PUBLISHED", version.getString("status"));
        List<Map<String, Object>> findings = version.getList("findings");
        assertThat(findings).noneMatch(f -> "FATAL".equals(f.get("severity")));

        List<Map<String, Object>> blocks = version.getList("document.blocks");
        String paragraphs = blocks.stream().filter(b -> "paragraph".equals(b.get("kind")))
                .map(b -> (String) b.get("text")).collect(Collectors.joining("\n"));
        assertThat(paragraphs)
                .contains("2021年我局全年预算 3834.35 万元，其中财政拨款 3664.35 万元、其他资金 170.00 万元；市本级财政拨款年度预算 3664.35 万元，"
                        + "市本级财政拨款支出 3661.45 万元，"
                        + "其中基本支出 2760.38 万元，预算完成率 99.91%；项目支出 901.08 万元，预算完成率 99.95%，整体预算完成率 99.92%，"
                        + "支出进度全市排名第 6 名")
                .contains("2021年我局整体支出绩效自评结果为93.16分，其中管理效能自评分43.16分，履职效能评分为50分，评价等级为“优”")
                .contains("从评价结果来看，我局能较好地完成各项重点工作任务，财政资金使用达到预期绩效目标，充分发挥了资金使用效益。")
                .contains("项目年度预算 901.53 万元，预算支出 901.08 万元，预算完成率 99.95%")
                .contains("其余项目预算执行率均已达99.66%以上")
                .contains("涉及一般公共预算支出 3831.45 万元")
                .contains("按期答复率99.99%")
                .doesNotContain("{{");

        Map<String, Object> table = blocks.stream().filter(b -> "table".equals(b.get("kind"))).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        List<List<String>> rows = (List<List<String>>) table.get("rows");
        assertThat(rows).extracting(r -> r.get(r.size() - 1)).containsExactly("18", "18", "14");
    }

    @Test
    @Order(6)
    void pdfTextCarriesTheModelFigures() throws IOException {
        String text;
        try (PDDocument pdf = Loader.loadPDF(outDir.resolve(MODEL + "-" + YEAR + "-report.pdf").toFile())) {
            text = new PDFTextStripper().getText(pdf);
        }
        Files.writeString(target.resolve("e2e-out/report-pdf.txt"), text);
        String flat = text.replaceAll("\\s+", "").replaceAll("—\\d+—", ""); // without the page numbers "— 2 —"
        for (String figure : List.of(
                "全年预算3834.35万元", "其中财政拨款3664.35万元、其他资金170.00万元", "市本级财政拨款年度预算3664.35万元", "市本级财政拨款支出3661.45万元",
                "基本支出2760.38万元，预算完成率99.91%", "项目支出901.08万元，预算完成率99.95%", "整体预算完成率99.92%",
                "支出进度全市排名第6名", "项目年度预算901.53万元", "自评结果为93.16分", "管理效能自评分43.16分",
                "履职效能评分为50分", "评价等级为“优”")) {
            assertThat(flat).as("PDF text (target/e2e-out/report-pdf.txt)").contains(figure);
        }
        // the task table: each task's row ends with its 履职效能评分
        int t1 = flat.indexOf("有效化解各类信访矛盾");
        int t2 = flat.indexOf("信访工作专业化、法治化、信息化建设", t1);
        int t3 = flat.indexOf("维护市人民来访接待厅秩序", t2);
        int end = flat.indexOf("(三)各重点任务项目支出完成情况分析", t3);
        assertThat(List.of(t1, t2, t3, end)).allMatch(i -> i >= 0);
        assertRowScore(flat.substring(t1, t2), "18");
        assertRowScore(flat.substring(t2, t3), "18");
        assertRowScore(flat.substring(t3, end), "14");
    }

    @Test
    @Order(7)
    void withoutAValidTokenEveryServiceAnswers401() throws IOException {
        long evaluationId = modelEvaluationId();
        long reportId = modelReportId();
        String forged = E2eKeys.create(target.resolve("e2e-keys/untrusted")).finance();   // a key the services do not trust
        for (String token : new String[]{null, forged}) {
            String who = token == null ? "no token" : "a token signed by an unknown key";
            expectStatus(401, who, "budget-service", "GET", "/api/v1/departments/" + MODEL + "/budgets/" + YEAR + "/execution?asOf=2021-12-31", token);
            expectStatus(401, who, "budget-service", "GET", "/api/v1/departments", token);
            expectStatus(401, who, "evaluation-service", "GET", "/api/v1/evaluations?department=" + MODEL, token);
            expectStatus(401, who, "evaluation-service", "POST", "/api/v1/evaluations/" + evaluationId + "/score", token);
            expectStatus(401, who, "report-service", "GET", "/api/v1/reports?department=" + MODEL, token);
            expectStatus(401, who, "report-service", "POST", "/api/v1/reports/" + reportId + "/versions", token);
        }
        for (String service : ServiceSet.SERVICES) {   // what stays open
            expectStatus(200, "no token", service, "GET", "/q/health/ready", null);
            expectStatus(200, "no token", service, "GET", "/q/openapi", null);
        }
    }

    @Test
    @Order(8)
    void anotherDepartmentsUserCannotReadOrUseTheModelDepartmentsData() {
        String other = keys.department(OTHER);
        String own = keys.department(MODEL);
        String execution = "/api/v1/departments/" + MODEL + "/budgets/" + YEAR + "/execution?asOf=2021-12-31";
        expectStatus(200, "the model department's own user", "budget-service", "GET", execution, own);
        expectStatus(403, OTHER + "'s user", "budget-service", "GET", execution, other);

        long evaluationId = modelEvaluationId();
        // scoring reads the execution from budget-service (with the caller's token)
        expectStatus(403, OTHER + "'s user", "evaluation-service", "POST", "/api/v1/evaluations/" + evaluationId + "/score", other);
        expectStatus(403, OTHER + "'s user", "evaluation-service", "GET", "/api/v1/evaluations/" + evaluationId + "/result", other);
        expectStatus(200, "the model department's own user", "evaluation-service", "GET", "/api/v1/evaluations/" + evaluationId + "/result", own);

        // a version reads both peers (with the caller's token)
        long reportId = modelReportId();
        expectStatus(403, OTHER + "'s user", "report-service", "POST", "/api/v1/reports/" + reportId + "/versions", other);
        // the department writes its report, finance publishes it
        expectStatus(403, "the model department's own user", "report-service", "POST",
                "/api/v1/reports/" + reportId + "/versions/1/publish", own);
        assertEquals(1, get("report-service", "/api/v1/reports/" + reportId + "/versions").getList("$").size(),
                "the refused calls stored no report version");
    }

    @Test
    @Order(9)
    void swaggerUiAuthorizeWorksInAHeadlessBrowser() throws IOException, InterruptedException {
        Path log = target.resolve("e2e-logs/swagger-check.log");
        ProcessBuilder pb = new ProcessBuilder("bash", root.resolve("deploy/local/swagger-check.sh").toString())
                .directory(root.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("BUDGET_URL", services.url("budget-service"));
        pb.environment().put("EVALUATION_URL", services.url("evaluation-service"));
        pb.environment().put("REPORT_URL", services.url("report-service"));
        pb.environment().put("JIXIAO_TOKEN", keys.finance());
        pb.environment().put("SWAGGER_CHECK_SCREENSHOTS", target.resolve("e2e-logs/swagger-check").toString());
        long started = System.nanoTime();
        Process check = pb.start();
        // the first run on a machine installs chromium and playwright-core (minutes); afterwards 10-25 s
        boolean finished = check.waitFor(15, TimeUnit.MINUTES);
        if (!finished) {
            check.destroyForcibly();
        }
        String output = Files.readString(log);
        System.out.printf("[e2e] swagger-check (%d ms):%n%s%n", (System.nanoTime() - started) / 1_000_000, output);
        assertThat(finished).as("deploy/local/swagger-check.sh finished within 15 minutes; output:\n" + output).isTrue();
        assertEquals(0, check.exitValue(), "deploy/local/swagger-check.sh failed (it needs Chromium, which it installs as root "
                + "with apt-get when /usr/bin/chromium is missing, and Node.js 20 with npm); output (" + log + "):\n" + output);
        assertThat(output).contains("3 of 3 services pass");
    }

    /** The Word files really open: LibreOffice converts the report and a project's table, headless, page for page. */
    @Test
    @Order(10)
    void theDocxFilesOpenInLibreOffice() throws IOException, InterruptedException {
        Path report = outDir.resolve(MODEL + "-" + YEAR + "-report.docx");
        Path table = outDir.resolve(MODEL + "-" + YEAR + "-table-project-XXH.docx");
        Path converted = target.resolve("e2e-out/libreoffice");
        Path log = target.resolve("e2e-logs/docx-check.log");
        Process check = new ProcessBuilder("bash", root.resolve("deploy/local/docx-check.sh").toString(), converted.toString(),
                report.toString(), table.toString()).directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        boolean finished = check.waitFor(10, TimeUnit.MINUTES);
        if (!finished) {
            check.destroyForcibly();
        }
        String output = Files.readString(log);
        assertThat(finished).as("deploy/local/docx-check.sh finished; output:\n" + output).isTrue();
        assertEquals(0, check.exitValue(), "deploy/local/docx-check.sh failed (it installs libreoffice-writer-nogui as root "
                + "with apt-get when soffice is missing); output:\n" + output);
        try (PDDocument pdf = Loader.loadPDF(converted.resolve(MODEL + "-" + YEAR + "-report.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertThat(pdf.getNumberOfPages()).as("pages of the report as LibreOffice lays it out").isBetween(6, 40);
            assertThat(text).contains("2021年度广州市信访局部门整体支出绩效自评报告", "全年预算3834.35万元", "自评结果为93.16分",
                    "从评价结果来看", "附件");
        }
        try (PDDocument pdf = Loader.loadPDF(converted.resolve(MODEL + "-" + YEAR + "-table-project-XXH.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertThat(pdf.getNumberOfPages()).isBetween(1, 3);
            assertThat(text).contains("项目支出绩效自评表", "2019年信息化建设项目", "年度资金总额", "系统功能模块上线数");
        }
    }

    /** The demo ends the cycle: the self-evaluation and the report submitted, accepted and filed; the board and the public index show it. */
    @Test
    @Order(11)
    void theCycleEndsFiledOnTheBoardAndPublished() {
        assertThat(firstDemoOutput).contains("2021 deadlines set (targets 2021-03-31, self-evaluation 2022-03-31, report 2022-04-30)")
                .contains("submitted by the department, accepted and filed by finance (FILED)")
                .contains("submitted, accepted and filed (FILED)")
                .contains("public index 2021 (no token): 1 published report(s): 2021年度广州市信访局部门整体支出绩效自评报告");
        JsonPath board = get("report-service", "/api/v1/board/" + YEAR);
        String row = "departments.items.find { it.department == '" + MODEL + "' }";
        assertThat(board.getString(row + ".evaluation.status")).isEqualTo("FILED");
        assertThat(board.getString(row + ".report.status")).isEqualTo("FILED");
        assertThat(board.getString(row + ".grade")).isEqualTo("优");
        assertThat(board.getInt(row + ".publishedVersion")).isEqualTo(1);
        // submitted in 2026 for 2021: late against the demo's deadlines
        assertThat(board.getList(row + ".late")).contains("自评", "自评报告");
        assertThat(board.getInt("summary.reportsFiled")).isEqualTo(1);
        expectStatus(403, "the department's own user", "report-service", "GET", "/api/v1/board/" + YEAR, keys.department(MODEL));
        expectStatus(409, "finance", "evaluation-service", "POST", "/api/v1/evaluations/" + modelEvaluationId() + "/score", keys.finance());
        // the public index needs no token and lists what finance published
        JsonPath published = given().baseUri(services.url("report-service")).get("/api/v1/public/reports?year=" + YEAR).then()
                .statusCode(200).extract().jsonPath();
        assertThat(published.getList("items.title")).containsExactly("2021年度广州市信访局部门整体支出绩效自评报告");
    }

    @Test
    @Order(100)
    void runningTheDemoAgainKeepsTheFiledEvaluationAndReportAndCountsNothingTwice() throws Exception {
        String output = runDemo(2);
        assertThat(output).contains("budget data present: reusing it").contains("reusing SELF evaluation").contains("reusing report")
                .contains("FILED: kept as the finance bureau has it (total 93.16, grade 优)")
                .contains("FILED: kept as the finance bureau has it (version 1)");
        assertEquals(3, get("evaluation-service", "/api/v1/evaluations?department=" + MODEL + "&year=" + YEAR).getInt("total"),
                "the department's and the two projects' self-evaluations, none created twice");
        assertEquals(3, get("evaluation-service", "/api/v1/targets?department=" + MODEL + "&year=" + YEAR).getInt("total"));
        JsonPath reports = get("report-service", "/api/v1/reports?department=" + MODEL + "&year=" + YEAR);
        assertEquals(1, reports.getInt("total"));
        List<Map<String, Object>> versions = get("report-service", "/api/v1/reports/" + reports.getLong("items[0].id") + "/versions").getList("$");
        assertThat(versions).hasSize(1).allMatch(v -> "PUBLISHED".equals(v.get("status")));
        JsonPath budget = get("budget-service", "/api/v1/departments/" + MODEL + "/budgets/" + YEAR + "/execution?asOf=2021-12-31");
        assertEquals("3664.35", wan(budget.get("total.adjustedBudget")));   // adjustments not posted twice
        assertEquals("3661.45", wan(budget.get("total.spent")));             // payments not counted twice
    }

    // --- helpers

    static String runDemo(int run) throws IOException, InterruptedException {
        Path log = target.resolve("e2e-logs/demo-" + run + ".log");
        ProcessBuilder pb = new ProcessBuilder("bash", root.resolve("deploy/local/demo.sh").toString())
                .directory(root.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("BUDGET_URL", services.url("budget-service"));
        pb.environment().put("EVALUATION_URL", services.url("evaluation-service"));
        pb.environment().put("REPORT_URL", services.url("report-service"));
        pb.environment().put("OUT_DIR", outDir.toString());
        pb.environment().put("JIXIAO_TOKEN", keys.finance());
        pb.environment().put("JIXIAO_DEPARTMENT_TOKEN", keys.department(MODEL));
        long started = System.nanoTime();
        Process demo = pb.start();
        boolean finished = demo.waitFor(150, TimeUnit.SECONDS);
        if (!finished) {
            demo.destroyForcibly();
        }
        String output = Files.readString(log);
        System.out.printf("[e2e] demo run %d (%d ms):%n%s%n", run, (System.nanoTime() - started) / 1_000_000, output);
        assertThat(finished).as("demo.sh finished within 150 s").isTrue();
        assertEquals(0, demo.exitValue(), "demo.sh exit status; output:\n" + output);
        return output;
    }

    /** GET as finance; 200 expected. */
    static JsonPath get(String service, String path) {
        Response response = given().baseUri(services.url(service)).accept("application/json")
                .header("Authorization", "Bearer " + keys.finance())
                .when().get(path);
        assertEquals(200, response.statusCode(), () -> "GET " + path + " on " + service + " as finance: " + response.asString());
        return response.jsonPath();
    }

    /** A call with the token (none when null) must answer the status; the message names the call and shows the body. */
    static void expectStatus(int expected, String who, String service, String method, String path, String token) {
        var request = given().baseUri(services.url(service)).accept("application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (method.equals("POST")) {
            request.contentType("application/json").body("{}");
        }
        Response response = request.when().request(method, path);
        assertEquals(expected, response.statusCode(), () -> method + " " + path + " on " + service + " with " + who
                + " answered " + response.statusCode() + ": " + response.asString());
    }

    static long modelEvaluationId() {
        return get("evaluation-service", "/api/v1/evaluations?department=" + MODEL + "&year=" + YEAR + "&kind=SELF").getLong("items[0].id");
    }

    static long modelReportId() {
        return get("report-service", "/api/v1/reports?department=" + MODEL + "&year=" + YEAR).getLong("items[0].id");
    }

    static JsonPath latestVersion(String format) {
        long id = get("report-service", "/api/v1/reports?department=" + MODEL + "&year=" + YEAR).getLong("items[0].id");
        List<Map<String, Object>> versions = get("report-service", "/api/v1/reports/" + id + "/versions").getList("$");
        Object v = versions.get(versions.size() - 1).get("version");
        return get("report-service", "/api/v1/reports/" + id + "/versions/" + v + "?format=" + format);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> node(List<Map<String, Object>> nodes, String code) {
        List<Map<String, Object>> queue = new ArrayList<>(nodes);
        while (!queue.isEmpty()) {
            Map<String, Object> n = queue.remove(0);
            if (code.equals(n.get("code"))) {
                return n;
            }
            Object children = n.get("children");
            if (children instanceof List<?> list) {
                queue.addAll((List<Map<String, Object>>) list);
            }
        }
        throw new AssertionError("no node " + code + " in the score result");
    }

    /** yuan → 万元, 2 decimals HALF_UP, as the report prints. */
    static String wan(Object yuan) {
        return new BigDecimal(yuan.toString()).movePointLeft(4).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    static String pct(Object rate) {
        return new BigDecimal(rate.toString()).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    static String score(Object value) {
        return new BigDecimal(value.toString()).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** A row's text without the next row's number ("2."). */
    static String stripRowNumber(String row) {
        return row.replaceAll("\\d\\.$", "");
    }

    /** The row ends with its score, maybe followed by a page break (the table header the next page repeats). */
    static void assertRowScore(String row, String score) {
        assertThat(stripRowNumber(row)).matches("(?s).*" + score + "(任务内容任务绩效目标目标完成情况履职效能评分)?");
    }

    static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(dir);
    }

    static {
        RestAssured.config = RestAssured.config().jsonConfig(JsonConfig.jsonConfig()
                .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }
}
