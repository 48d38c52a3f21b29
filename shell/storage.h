// Small settings kept on the device (localStorage). Never personal data.
#pragma once
#include <string>

namespace khiw::shell {

std::string storage_get(const std::string& key);  // empty when absent or storage is blocked
void storage_set(const std::string& key, const std::string& value);

}  // namespace khiw::shell
