/. + "/etc/passwd"
