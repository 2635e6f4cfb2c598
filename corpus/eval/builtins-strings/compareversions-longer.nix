[ (builtins.compareVersions "1.0" "1") (builtins.compareVersions "1" "1.0") (builtins.compareVersions "" "") ]
