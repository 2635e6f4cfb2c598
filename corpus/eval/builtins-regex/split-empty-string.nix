[ (builtins.split "a" "") (builtins.split "" "") (builtins.split "a*" "") ]
