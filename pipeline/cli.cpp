#include "cli.hpp"

#include <fmt/format.h>

#include <boost/program_options.hpp>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string_view>

#include "extractors/extract_error.hpp"
#include "model/record_json.hpp"
#include "pipeline/document_id.hpp"
#include "pipeline/process_document.hpp"
#include "pipeline/run.hpp"
#include "pipeline/version.hpp"

namespace idm {
namespace po = boost::program_options;
namespace {

struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

constexpr const char* kOverview =
    "idmreport: IDM workshop PDFs -> document records, spreadsheets and summaries\n\n"
    "Usage:\n"
    "  idmreport run --input DIR|FILE... --out DIR [--config FILE]\n"
    "  idmreport extract FILE.pdf            print the document record as JSON\n"
    "  idmreport --help | --version\n\n"
    "Exit codes: 0 all documents ok, 1 some documents failed (outputs written for the rest),\n"
    "2 bad usage or configuration.\n";

std::int64_t source_date_epoch() {
  const char* value = std::getenv("SOURCE_DATE_EPOCH");
  if (!value || !*value) return -1;
  char* end = nullptr;
  const long long seconds = std::strtoll(value, &end, 10);
  if (*end != '\0' || seconds < 0)
    throw UsageError("SOURCE_DATE_EPOCH must be a number of seconds");
  return seconds;
}

int run_command(const std::vector<std::string>& args) {
  PipelineConfig config;
  std::string config_file;
  std::string ocr_mode;
  po::options_description options("idmreport run options");
  auto add = options.add_options();
  add("help,h", "show this help");
  add("input,i", po::value<std::vector<std::string>>(&config.inputs)->multitoken(),
      "PDF files or folders (searched recursively for *.pdf)");
  add("out,o", po::value<std::string>(&config.out_dir)->default_value("out"), "output folder");
  add("config,c", po::value<std::string>(&config_file), "INI file with the same options");
  add("password", po::value<std::string>(&config.password), "password for encrypted PDFs");
  add("ocr", po::value<std::string>(&ocr_mode)->default_value("auto"),
      "pages without a text layer: auto (read them by OCR), always (every page), never");
  add("ocr-languages",
      po::value<std::string>(&config.ocr.languages)->default_value(config.ocr.languages),
      "Tesseract languages, '+'-joined");
  add("quiet,q", po::bool_switch(&config.quiet), "only report failures");
  add("verbose,v", po::bool_switch(&config.verbose), "say more");
  po::positional_options_description positional;
  positional.add("input", -1);
  po::variables_map vm;
  po::store(po::command_line_parser(args).options(options).positional(positional).run(), vm);
  if (vm.count("help")) {
    std::cout << options << "\n";
    return kExitOk;
  }
  if (vm.count("config")) {
    std::ifstream file(vm["config"].as<std::string>());
    if (!file) throw UsageError("cannot read config file " + vm["config"].as<std::string>());
    po::store(po::parse_config_file(file, options), vm);
  }
  po::notify(vm);
  if (config.inputs.empty()) throw UsageError("no input: give --input DIR|FILE...");
  if (!parse_ocr_mode(ocr_mode, config.ocr.mode)) {
    throw UsageError("--ocr must be auto, always or never, not '" + ocr_mode + "'");
  }
  config.fixed_time = source_date_epoch();
  const RunReport report = run_pipeline(config);
  if (!config.quiet) {
    size_t failed = 0;
    for (const auto& d : report.documents)
      failed += d.status == "failed";
    fmt::print(stderr, "idmreport: {} documents, {} failed; outputs in {}\n",
               report.documents.size(), failed, config.out_dir);
  }
  return report.exit_code;
}

int extract_command(const std::vector<std::string>& args) {
  std::string password;
  po::options_description options("idmreport extract options");
  options.add_options()("help,h", "show this help")("file", po::value<std::string>()->required(),
                                                    "the PDF")(
      "password", po::value<std::string>(&password), "password for an encrypted PDF");
  po::positional_options_description positional;
  positional.add("file", 1);
  po::variables_map vm;
  po::store(po::command_line_parser(args).options(options).positional(positional).run(), vm);
  if (vm.count("help")) {
    std::cout << "Usage: idmreport extract FILE.pdf\n" << options << "\n";
    return kExitOk;
  }
  po::notify(vm);
  const std::string path = vm["file"].as<std::string>();
  try {
    DocumentRecord record = process_document(path, password);
    record.id = document_id_from_path(path);
    std::cout << dump_record(record);
    return kExitOk;
  } catch (const ExtractError& e) {
    fmt::print(stderr, "idmreport: {}: {}\n", path, e.detail());
    return kExitDocumentsFailed;
  }
}

struct Command {
  std::string_view name;
  int (*handler)(const std::vector<std::string>&);
};
constexpr Command kCommands[] = {{"run", run_command}, {"extract", extract_command}};

}  // namespace

int run_cli(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  try {
    if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
      std::cout << kOverview;
      return args.empty() ? kExitUsage : kExitOk;
    }
    if (args[0] == "--version") {
      std::cout << "idmreport " << kVersion << "\n";
      return kExitOk;
    }
    for (const Command& command : kCommands) {
      if (args[0] == command.name) {
        return command.handler(std::vector<std::string>(args.begin() + 1, args.end()));
      }
    }
    throw UsageError("unknown command '" + args[0] + "' (try --help)");
  } catch (const UsageError& e) {
    fmt::print(stderr, "idmreport: {}\n", e.what());
    return kExitUsage;
  } catch (const po::error& e) {
    fmt::print(stderr, "idmreport: {}\n", e.what());
    return kExitUsage;
  } catch (const std::exception& e) {
    fmt::print(stderr, "idmreport: fatal: {}\n", e.what());
    return kExitUsage;
  }
}

}  // namespace idm
