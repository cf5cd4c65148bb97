// cpy-cross's many-file work: the jobs of a -r tree, and running jobs on
// threads (-j) while results come back in input order.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "cross_driver.h"

namespace cpy::cli {

/// The jobs for every regular .py file under [root] (symbolic links are not
/// followed), sorted by path. Each is compiled as mpy-cross would be from
/// inside [root] with the file's relative path: that path is its input name,
/// and its source name unless [source_prefix] is given (then
/// "<prefix>/<relative path>"). Outputs go to [out_dir]/<relative path with
/// .mpy> when given, else beside the sources. Throws
/// std::filesystem::filesystem_error when [root] cannot be listed.
std::vector<CrossJob> tree_jobs(const std::string& root, const std::optional<std::string>& out_dir,
                                const std::optional<std::string>& source_prefix);

/// The number of threads -j [jobs] means for [count] inputs: [jobs], or one
/// per core for 0, and never more than there are inputs.
unsigned thread_count(unsigned jobs, size_t count);

/// Runs [jobs] with [settings] on [threads] threads (the calling thread only,
/// for 1). [on_result] is called on the calling thread once per job, in the
/// order of [jobs], as soon as that job and all before it are done.
void run_cross_jobs(const std::vector<CrossJob>& jobs, const CrossSettings& settings, unsigned threads,
                    const std::function<void(size_t index, CrossResult& result)>& on_result);

}  // namespace cpy::cli
