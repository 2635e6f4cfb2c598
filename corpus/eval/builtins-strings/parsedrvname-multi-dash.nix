builtins.parseDrvName "apache-httpd-2.0.48"
