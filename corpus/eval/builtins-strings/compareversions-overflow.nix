[ (builtins.compareVersions "1.99999999999" "1.2") (builtins.compareVersions "2147483647" "2147483648") (builtins.compareVersions "2147483648" "2147483649") ]
