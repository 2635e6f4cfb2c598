builtins.compareVersions "1.2" "1.10"
