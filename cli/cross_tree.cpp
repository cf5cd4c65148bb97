#include "cross_tree.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <filesystem>
#include <mutex>
#include <thread>

namespace cpy::cli {

namespace fs = std::filesystem;

std::vector<CrossJob> tree_jobs(const std::string& root, const std::optional<std::string>& out_dir,
                                const std::optional<std::string>& source_prefix) {
  std::vector<std::string> relative;
  for (auto it = fs::recursive_directory_iterator(root); it != fs::recursive_directory_iterator(); ++it) {
    const fs::directory_entry& entry = *it;
    if (!entry.is_regular_file() || entry.is_symlink()) continue;
    if (entry.path().extension() != ".py") continue;
    relative.push_back(entry.path().lexically_relative(root).generic_string());
  }
  std::sort(relative.begin(), relative.end());

  std::string prefix = source_prefix.value_or("");
  while (!prefix.empty() && prefix.back() == '/') prefix.pop_back();
  std::vector<CrossJob> jobs;
  jobs.reserve(relative.size());
  for (const std::string& rel : relative) {
    CrossJob job;
    job.read_path = (fs::path(root) / rel).generic_string();
    job.input_name = rel;
    job.source_name = source_prefix ? prefix + "/" + rel : rel;
    std::string mpy = default_output_name(rel);
    job.output = out_dir ? (fs::path(*out_dir) / mpy).generic_string() : (fs::path(root) / mpy).generic_string();
    job.make_dirs = out_dir.has_value();
    jobs.push_back(std::move(job));
  }
  return jobs;
}

unsigned thread_count(unsigned jobs, size_t count) {
  unsigned n = jobs ? jobs : std::max(1u, std::thread::hardware_concurrency());
  return unsigned(std::max<size_t>(1, std::min<size_t>(n, count)));
}

void run_cross_jobs(const std::vector<CrossJob>& jobs, const CrossSettings& settings, unsigned threads,
                    const std::function<void(size_t index, CrossResult& result)>& on_result) {
  if (threads <= 1) {
    for (size_t i = 0; i < jobs.size(); ++i) {
      CrossResult result = run_cross_job(jobs[i], settings);
      on_result(i, result);
    }
    return;
  }
  std::vector<std::optional<CrossResult>> results(jobs.size());
  std::atomic<size_t> next{0};
  std::mutex mutex;
  std::condition_variable done;
  size_t wanted = 0;  // the result the caller waits for; only that one wakes it
  auto work = [&] {
    for (size_t i; (i = next++) < jobs.size();) {
      CrossResult result = run_cross_job(jobs[i], settings);
      std::lock_guard lock(mutex);
      results[i] = std::move(result);
      if (i == wanted) done.notify_one();
    }
  };
  std::vector<std::thread> pool;
  pool.reserve(threads);
  for (unsigned t = 0; t < threads; ++t) pool.emplace_back(work);
  // Hand results over in input order, so output does not depend on timing.
  for (size_t i = 0; i < jobs.size(); ++i) {
    std::optional<CrossResult> result;
    {
      std::unique_lock lock(mutex);
      wanted = i;
      done.wait(lock, [&] { return results[i].has_value(); });
      result = std::move(results[i]);
      results[i].reset();
    }
    on_result(i, *result);
  }
  for (std::thread& t : pool) t.join();
}

}  // namespace cpy::cli
