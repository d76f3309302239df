// --format csv --excel (a UTF-8 byte-order mark) and --decimal-comma (decimal commas, ";"
// between cells), on calc, compare and check; usage errors with other formats.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "run_process.hpp"

using crmroi::test::ProcessResult;
using crmroi::test::run_crmroi;
using crmroi::test::source_path;
using crmroi::test::without_warnings;

namespace {

const std::string kBom = "\xEF\xBB\xBF";

}  // namespace

TEST_CASE("calc --excel puts a byte-order mark before the same CSV", "[cli][csv]") {
  const std::string file = source_path("examples/eshop-retailcrm.json");
  const ProcessResult plain = run_crmroi({"calc", "--format", "csv", file});
  const ProcessResult excel = run_crmroi({"calc", "--format", "csv", "--excel", file});
  CHECK(excel.exit_code == 0);
  CHECK(excel.out == kBom + plain.out);
}

TEST_CASE("calc --excel --decimal-comma: semicolons between cells, 176,67 in numbers",
          "[cli][csv]") {
  const std::string file = source_path("examples/eshop-retailcrm.json");
  const ProcessResult result =
      run_crmroi({"calc", "--format", "csv", "--excel", "--decimal-comma", file});
  CHECK(result.exit_code == 0);
  CHECK(result.out.rfind(kBom + "source;line;scenario;metric;value;unit;note\n", 0) == 0);
  // ROI (49,800 - 18,000) / 18,000 = 176.666...%.
  CHECK(result.out.find("\n" + file +
                        ";;Dress e-shop on retailCRM;roi_percent;176,6666666667;percent;\n") !=
        std::string::npos);
  // Without --excel: the dialect without the mark.
  const ProcessResult comma = run_crmroi({"calc", "--format", "csv", "--decimal-comma", file});
  CHECK(kBom + comma.out == result.out);
}

TEST_CASE("compare and check take the dialect too, and the mark comes once", "[cli][csv]") {
  const std::vector<std::string> files = {source_path("examples/autoparts-retailcrm.json"),
                                          source_path("examples/autoparts-bitrix24-cloud.json")};
  for (const char* command : {"compare", "check"}) {
    INFO(command);
    std::vector<std::string> args = {command, "--format", "csv", "--excel", "--decimal-comma"};
    args.insert(args.end(), files.begin(), files.end());
    const ProcessResult result = run_crmroi(args);
    CHECK(without_warnings(result.err).empty());
    CHECK(result.out.rfind(kBom, 0) == 0);
    CHECK(result.out.find(kBom, 1) == std::string::npos);
    // The header separates its names by ';' (commas are the numbers' decimal commas now).
    const std::string header = result.out.substr(0, result.out.find('\n'));
    CHECK(header.find(',') == std::string::npos);
    CHECK(header.find(";scenario;") != std::string::npos);
  }
  const ProcessResult compare =
      run_crmroi({"compare", "--format", "csv", "--decimal-comma", files[0]});
  // retailCRM's ROI: net 1,465,695 / cost 489,420 = 2.994759102611 -> 299.4759102611 %.
  CHECK(compare.out.find(";299,4759102611;") != std::string::npos);
}

TEST_CASE("csv flags --excel and --decimal-comma with another format are usage errors, exit 2",
          "[cli][csv][usage]") {
  const std::string file = source_path("examples/eshop-retailcrm.json");
  const ProcessResult excel = run_crmroi({"calc", "--excel", file});
  CHECK(excel.exit_code == 2);
  CHECK(excel.out.empty());
  CHECK(excel.err ==
        "crmroi: --excel applies to --format csv only\nRun with --help for more information.\n");
  const ProcessResult comma = run_crmroi({"compare", "--format", "json", "--decimal-comma", file});
  CHECK(comma.exit_code == 2);
  CHECK(comma.err ==
        "crmroi: --decimal-comma applies to --format csv only\n"
        "Run with --help for more information.\n");
}
