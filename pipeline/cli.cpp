#include "cli.hpp"

#include <fmt/format.h>

#include <sys/resource.h>

#include <boost/program_options.hpp>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string_view>
#include <thread>

#include "extractors/extract_error.hpp"
#include "model/record_json.hpp"
#include "model/stage_timings.hpp"
#include "pipeline/cache_prune.hpp"
#include "pipeline/check.hpp"
#include "pipeline/document_id.hpp"
#include "pipeline/isolation.hpp"
#include "pipeline/merge.hpp"
#include "pipeline/output_lock.hpp"
#include "pipeline/printable.hpp"
#include "pipeline/process_document.hpp"
#include "pipeline/run.hpp"
#include "pipeline/shard.hpp"
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
    "  idmreport run ... --shard K/N         one share of the inputs (records, run.json)\n"
    "  idmreport merge --from DIR... --out DIR   the reports from the shards' records\n"
    "  idmreport extract FILE.pdf            print the document record as JSON\n"
    "  idmreport cache prune --cache DIR --max-size SIZE | --older-than DAYS\n"
    "  idmreport help COMMAND                the options of a command\n"
    "  idmreport --help | --version (-V)\n\n"
    "Exit codes: 0 all documents ok, 1 some documents failed or were skipped (outputs written\n"
    "for the rest; with --strict also warnings), 2 bad usage, no input PDF, the output folder\n"
    "locked by another run or not writable (nothing removed then), 3 outputs differ from "
    "--check.\n";

// The languages the report tables exist for (reports/labels/); empty means each workshop's own.
void check_report_language(const std::string& language) {
  if (!language.empty() && language != "fr" && language != "en" && language != "es")
    throw UsageError("--report-language must be fr, en or es, not '" + language + "'");
}

// "FILE:LINE" of the setting a config-file error is about, so that the user can go to it;
// just FILE when the error names no option or the option is not found.
std::string config_location(const std::string& path, const po::error& error) {
  const auto* named = dynamic_cast<const po::error_with_option_name*>(&error);
  if (!named) return path;
  std::string name = named->get_option_name();
  name.erase(0, name.find_first_not_of('-'));
  std::ifstream file(path);
  std::string line;
  for (int number = 1; std::getline(file, line); ++number) {
    const size_t equals = line.find('=');
    if (equals == std::string::npos) continue;
    std::string key = line.substr(0, equals);
    key.erase(0, key.find_first_not_of(" \t"));
    key.erase(key.find_last_not_of(" \t") + 1);
    if (key == name) return fmt::format("{}:{}", path, number);
  }
  return path;
}

// The run's warnings, named at the end where a person reading the log looks first; the
// Warnings sheet and run.json hold them all.
void print_warnings(const std::vector<RunWarning>& warnings) {
  if (warnings.empty()) return;
  constexpr size_t kShown = 10;
  fmt::print(stderr, "idmreport: {} warning{}:\n", warnings.size(),
             warnings.size() == 1 ? "" : "s");
  for (size_t i = 0; i < warnings.size() && i < kShown; ++i) {
    const RunWarning& w = warnings[i];
    const std::string where = w.page > 0 ? fmt::format("{} p. {}", w.document, w.page) : w.document;
    fmt::print(stderr, "  {}: {}\n", printable(where), printable(w.message));
  }
  if (warnings.size() > kShown) {
    fmt::print(stderr, "  ... and {} more (run.json, the Warnings sheet)\n",
               warnings.size() - kShown);
  }
}

// A number option whose default --help prints as written (0.7, not 0.69999999999999996).
po::typed_value<double>* number_option(double& target) {
  return po::value<double>(&target)->default_value(target, fmt::format("{}", target));
}

// What --max-memory is when not given, on this machine, for --help.
std::string memory_default_text() {
  const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  return fmt::format("memory / jobs, at most 4G; here {} MiB / {} jobs = {} MiB",
                     usable_memory_bytes() >> 20, cores, default_memory_limit(cores) >> 20);
}

double seconds_of(const timeval& t) {
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) * 1e-6;
}

// --timings / IDM_TIMINGS=1: where the time went, one tab-separated line per stage on stderr
// (bench/run-bench reads them), then the whole process's CPU and peak memory.
void print_timings(double wall) {
  if (!timings::enabled()) return;
  rusage self{}, children{};
  ::getrusage(RUSAGE_SELF, &self);
  ::getrusage(RUSAGE_CHILDREN, &children);
  fmt::print(stderr, "idmreport-timing\tstage\twall_s\tcpu_s\tcount\n");
  for (const auto& [name, stage] : timings::table())
    fmt::print(stderr, "idmreport-timing\t{}\t{:.4f}\t{:.4f}\t{}\n", name, stage.wall, stage.cpu,
               stage.count);
  fmt::print(stderr,
             "idmreport-timing\ttotal\t{:.4f}\t{:.4f}\t1\n"
             "idmreport-timing\tcpu_self_s\t{:.4f}\n"
             "idmreport-timing\tcpu_children_s\t{:.4f}\n"
             "idmreport-timing\tpeak_rss_mib\t{:.1f}\n"
             "idmreport-timing\tpeak_child_rss_mib\t{:.1f}\n",
             wall,
             seconds_of(self.ru_utime) + seconds_of(self.ru_stime) + seconds_of(children.ru_utime) +
                 seconds_of(children.ru_stime),
             seconds_of(self.ru_utime) + seconds_of(self.ru_stime),
             seconds_of(children.ru_utime) + seconds_of(children.ru_stime),
             static_cast<double>(self.ru_maxrss) / 1024.0,
             static_cast<double>(children.ru_maxrss) / 1024.0);
}

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
  std::string shard;
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
  std::string max_memory;
  bool no_isolation = false;
  int jobs = 0;
  add("jobs,j", po::value<int>(&jobs)->default_value(0, "number of cores"),
      "documents processed at a time, each in its own process");
  add("timeout", po::value<double>(&config.timeout_seconds)->default_value(120),
      "CPU seconds one document may use before it is stopped and reported (0: no limit); "
      "CPU time, so a loaded machine gives the same result");
  add("wall-timeout", po::value<double>(&config.wall_timeout_seconds),
      "wall-clock seconds one document may take, for one that waits without computing "
      "(default: 4 x --timeout, at least --timeout + 60; 0: no limit)");
  add("max-memory", po::value<std::string>(&max_memory)->default_value("auto"),
      ("memory one document may use (address space): 2G, 512M or bytes (0: no limit); auto: " +
       memory_default_text())
          .c_str());
  add("prune", po::bool_switch(&config.prune),
      "remove the records of PDFs that are no longer among the inputs (only when every input "
      "folder could be read); without it they are kept");
  add("wait", po::bool_switch(&config.wait_for_lock),
      "when another run writes into --out, wait for it instead of stopping");
  add("strict", po::bool_switch(&config.strict), "warnings make the exit code 1");
  add("summary-pdf", po::bool_switch(&config.summary_pdf),
      "also typeset each workshop's summary.pdf (cairo/pango; slower than all other outputs)");
  add("report-language", po::value<std::string>(&config.report_language),
      "language of every workshop's outputs: fr, en or es (default: the workshop's agenda's)");
  add("link-base", po::value<std::string>(&config.link_base),
      "URL the PDFs are served under: links go there instead of relative to the outputs");
  add("no-isolation", po::bool_switch(&no_isolation),
      "process documents in this process, one at a time (debugging)");
  add("shard", po::value<std::string>(&shard),
      "K/N: process the K-th of N shares of the inputs, write records and run.json only "
      "(then `idmreport merge`)");
  add("quality.max_unknown_word_share", number_option(config.quality.max_unknown_word_share),
      "flag a document when more words than this are outside the common-word list");
  add("quality.max_replacement_share", number_option(config.quality.max_replacement_share),
      "flag a document with more replacement characters (U+FFFD) than this share");
  add("quality.max_cid_share", number_option(config.quality.max_cid_share),
      "flag a document with more '(cid:' debris than this share of words");
  add("quality.max_empty_page_share", number_option(config.quality.max_empty_page_share),
      "flag a document with more empty pages than this share");
  add("quality.max_mean_word_length", number_option(config.quality.max_mean_word_length),
      "flag longer mean word lengths (spaces lost)");
  add("quality.min_mean_word_length", number_option(config.quality.min_mean_word_length),
      "flag shorter mean word lengths (words split into letters)");
  add("ocr-min-confidence", number_option(config.ocr_min_confidence),
      "OCR'd blocks with a lower mean confidence (0-100) go to Warnings");
  add("cache", po::value<std::string>(&config.cache_dir),
      "folder keeping each document's result between runs (unchanged files are not read again)");
  add("check", po::value<std::string>(&config.check_dir),
      "compare the outputs with the expected ones in this folder; exit code 3 if they differ");
  add("quiet,q", po::bool_switch(&config.quiet), "only report failures");
  add("verbose,v", po::bool_switch(&config.verbose), "say more");
  bool timed = false;
  add("timings", po::bool_switch(&timed),
      "print the time of each stage and the peak memory on stderr (also IDM_TIMINGS=1)");
  po::positional_options_description positional;
  positional.add("input", -1);
  po::variables_map vm;
  po::store(po::command_line_parser(args).options(options).positional(positional).run(), vm);
  if (vm.count("help")) {
    std::cout << options << "\n";
    return kExitOk;
  }
  if (vm.count("config")) {
    const std::string path = vm["config"].as<std::string>();
    std::ifstream file(path);
    if (!file) throw UsageError("cannot read config file " + path);
    try {
      po::store(po::parse_config_file(file, options), vm);
    } catch (const po::error& e) {
      throw UsageError(fmt::format("{}: {}", config_location(path, e), e.what()));
    }
  }
  po::notify(vm);
  if (config.inputs.empty()) throw UsageError("no input: give --input DIR|FILE...");
  if (!parse_ocr_mode(ocr_mode, config.ocr.mode)) {
    throw UsageError("--ocr must be auto, always or never, not '" + ocr_mode + "'");
  }
  if (max_memory != "auto") {
    std::uint64_t bytes = 0;
    if (!parse_memory_size(max_memory, bytes)) {
      throw UsageError("--max-memory must be auto or a size such as 2G, 512M or 1048576, not '" +
                       max_memory + "'");
    }
    config.max_memory_bytes = bytes;
  }
  if (jobs < 0 || jobs > 1024) throw UsageError("--jobs must be 1 to 1024 (0: one per core)");
  config.jobs = static_cast<unsigned>(jobs);
  if (!(config.timeout_seconds >= 0)) throw UsageError("--timeout must be 0 or more seconds");
  if (vm.count("wall-timeout") && !(config.wall_timeout_seconds >= 0))
    throw UsageError("--wall-timeout must be 0 or more seconds");
  check_report_language(config.report_language);
  if (!shard.empty() && !parse_shard(shard, config.shard)) {
    throw UsageError("--shard wants K/N with 1 <= K <= N, not '" + shard + "'");
  }
  config.isolate = !no_isolation;
  config.fixed_time = source_date_epoch();
  if (timed) timings::enable();
  const double wall0 = timings::clock_seconds(CLOCK_MONOTONIC);
  const RunReport report = run_pipeline(config);
  print_timings(timings::clock_seconds(CLOCK_MONOTONIC) - wall0);
  if (!config.check_dir.empty()) {
    const std::string diff = compare_outputs(config.out_dir, config.check_dir);
    if (!diff.empty()) {
      fmt::print(stderr, "idmreport: the outputs differ from {}:\n{}", config.check_dir, diff);
      return kExitCheckFailed;
    }
    if (!config.quiet) fmt::print(stderr, "idmreport: the outputs match {}\n", config.check_dir);
  }
  if (!config.quiet) {
    size_t failed = 0;
    for (const auto& d : report.documents)
      failed += d.status != "ok";
    fmt::print(stderr, "idmreport: {} documents, {} failed; outputs in {}\n",
               report.documents.size(), failed, printable(config.out_dir));
    print_warnings(report.warnings);
  }
  return report.exit_code;
}

int extract_command(const std::vector<std::string>& args) {
  ProcessOptions process;
  std::string ocr_mode;
  po::options_description options("idmreport extract options");
  options.add_options()("help,h", "show this help")("file", po::value<std::string>()->required(),
                                                    "the PDF")(
      "password", po::value<std::string>(&process.password), "password for an encrypted PDF")(
      "ocr", po::value<std::string>(&ocr_mode)->default_value("auto"),
      "pages without a text layer: auto, always or never")(
      "ocr-languages",
      po::value<std::string>(&process.ocr.languages)->default_value(process.ocr.languages),
      "Tesseract languages, '+'-joined")(
      "timings", "print the time of each stage and the peak memory on stderr");
  po::positional_options_description positional;
  positional.add("file", 1);
  po::variables_map vm;
  po::store(po::command_line_parser(args).options(options).positional(positional).run(), vm);
  if (vm.count("help")) {
    std::cout << "Usage: idmreport extract FILE.pdf [--ocr auto|always|never] [--timings]\n"
              << options << "\n";
    return kExitOk;
  }
  po::notify(vm);
  const std::string path = vm["file"].as<std::string>();
  if (!parse_ocr_mode(ocr_mode, process.ocr.mode)) {
    throw UsageError("--ocr must be auto, always or never, not '" + ocr_mode + "'");
  }
  if (vm.count("timings")) timings::enable();
  const double wall0 = timings::clock_seconds(CLOCK_MONOTONIC);
  try {
    DocumentRecord record = process_document(path, process);
    record.id = document_id_from_path(path);
    {
      const timings::Scope timed("6 record JSON");
      std::cout << dump_record(record);
      std::cout.flush();
    }
    print_timings(timings::clock_seconds(CLOCK_MONOTONIC) - wall0);
    return kExitOk;
  } catch (const ExtractError& e) {
    fmt::print(stderr, "idmreport: {}: {}\n", path, e.detail());
    return kExitDocumentsFailed;
  }
}

int merge_command(const std::vector<std::string>& args) {
  MergeConfig merge;
  std::vector<std::string> from;
  std::string out;
  po::options_description options("idmreport merge options");
  auto add = options.add_options();
  add("help,h", "show this help");
  add("from", po::value<std::vector<std::string>>(&from)->multitoken()->required(),
      "the output folders of the shards (idmreport run --shard K/N)");
  add("out,o", po::value<std::string>(&out)->required(), "output folder of the merged run");
  add("strict", po::bool_switch(&merge.strict), "warnings make the exit code 1");
  add("summary-pdf", po::bool_switch(&merge.summary_pdf), "also typeset each summary.pdf");
  add("report-language", po::value<std::string>(&merge.report_language),
      "language of every workshop's outputs: fr, en or es (default: the workshop's agenda's)");
  add("link-base", po::value<std::string>(&merge.link_base),
      "URL the PDFs are served under: links go there instead of relative to the outputs");
  po::variables_map vm;
  po::store(po::command_line_parser(args).options(options).run(), vm);
  if (vm.count("help")) {
    std::cout << "Usage: idmreport merge --from DIR... --out DIR\n" << options << "\n";
    return kExitOk;
  }
  po::notify(vm);
  check_report_language(merge.report_language);
  merge.from.assign(from.begin(), from.end());
  merge.out = out;
  merge.fixed_time = source_date_epoch();
  try {
    return merge_run(merge).exit_code;
  } catch (const MergeError& e) {
    throw UsageError(e.what());
  } catch (const std::filesystem::filesystem_error& e) {
    throw UsageError(e.what());
  }
}

// `idmreport cache prune`: the --cache folder cut down by age and/or size.
int cache_command(const std::vector<std::string>& args) {
  std::string dir;
  std::string max_size;
  double older_than = -1;
  po::options_description options("idmreport cache prune options");
  auto add = options.add_options();
  add("help,h", "show this help");
  add("cache", po::value<std::string>(&dir)->required(), "the cache folder (run --cache)");
  add("max-size", po::value<std::string>(&max_size),
      "remove the least recently used entries until the rest fits: 500M, 2G or bytes");
  add("older-than", po::value<double>(&older_than),
      "remove the entries no run has used for this many days");
  const auto usage =
      "Usage: idmreport cache prune --cache DIR --max-size SIZE | --older-than DAYS\n";
  if (args.empty() || args[0] == "--help" || args[0] == "-h") {
    std::cout << usage << options << "\n";
    return args.empty() ? kExitUsage : kExitOk;
  }
  if (args[0] != "prune") throw UsageError("unknown cache command '" + args[0] + "' (try prune)");
  po::variables_map vm;
  po::store(po::command_line_parser(std::vector<std::string>(args.begin() + 1, args.end()))
                .options(options)
                .run(),
            vm);
  if (vm.count("help")) {
    std::cout << usage << options << "\n";
    return kExitOk;
  }
  po::notify(vm);
  CachePruneOptions prune;
  if (vm.count("max-size")) {
    std::uint64_t bytes = 0;
    if (!parse_memory_size(max_size, bytes))
      throw UsageError("--max-size must be a size such as 2G or 500M, not '" + max_size + "'");
    prune.max_bytes = bytes;
  }
  if (vm.count("older-than")) {
    if (!(older_than >= 0)) throw UsageError("--older-than must be 0 or more days");
    prune.older_than_days = older_than;
  }
  if (!prune.max_bytes && !prune.older_than_days)
    throw UsageError("cache prune needs --max-size SIZE or --older-than DAYS");
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec))
    throw UsageError("no cache folder at " + printable(dir));
  const CachePruneResult result = prune_cache(dir, prune);
  fmt::print(stderr, "idmreport: cache {}: removed {} entries ({:.1f} MiB), kept {} ({:.1f} MiB)\n",
             printable(dir), result.removed.entries,
             static_cast<double>(result.removed.bytes) / (1 << 20), result.kept.entries,
             static_cast<double>(result.kept.bytes) / (1 << 20));
  return kExitOk;
}

struct Command {
  std::string_view name;
  int (*handler)(const std::vector<std::string>&);
};
constexpr Command kCommands[] = {{"run", run_command},
                                 {"extract", extract_command},
                                 {"merge", merge_command},
                                 {"cache", cache_command}};

}  // namespace

int run_cli(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  try {
    if (args.empty() || args[0] == "--help" || args[0] == "-h" ||
        (args[0] == "help" && args.size() == 1)) {
      std::cout << kOverview;
      return args.empty() ? kExitUsage : kExitOk;
    }
    if (args[0] == "--version" || args[0] == "-V") {
      std::cout << "idmreport " << kVersion << "\n";
      return kExitOk;
    }
    // `help CMD` is `CMD --help` (the man page is generated from both, packaging/make-docs).
    if (args[0] == "help") args = {args[1], "--help"};
    for (const Command& command : kCommands) {
      if (args[0] == command.name) {
        return command.handler(std::vector<std::string>(args.begin() + 1, args.end()));
      }
    }
    throw UsageError("unknown command '" + args[0] + "' (try --help)");
  } catch (const UsageError& e) {
    fmt::print(stderr, "idmreport: {}\n", e.what());
    return kExitUsage;
  } catch (const InputError& e) {
    fmt::print(stderr, "idmreport: {}\n", e.what());
    return kExitUsage;
  } catch (const OutputLockedError& e) {
    fmt::print(stderr, "idmreport: {}\n", e.what());
    return kExitUsage;
  } catch (const po::error& e) {
    fmt::print(stderr, "idmreport: {}\n", e.what());
    return kExitUsage;
  } catch (const std::exception& e) {
    // A write error: the run stopped before removing anything, the earlier outputs stand.
    fmt::print(stderr, "idmreport: fatal: {}\n", printable(e.what()));
    return kExitUsage;
  }
}

}  // namespace idm
