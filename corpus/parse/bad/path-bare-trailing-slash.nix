a/
