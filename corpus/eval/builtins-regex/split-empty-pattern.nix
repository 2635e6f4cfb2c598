builtins.split "" "abc"
