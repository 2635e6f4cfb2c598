https://example.com/path/to/file.tar.gz
