[ (builtins.compareVersions "1.2pre" "1.2") (builtins.compareVersions "1.2" "1.2pre1") (builtins.compareVersions "pre" "pre") ]
