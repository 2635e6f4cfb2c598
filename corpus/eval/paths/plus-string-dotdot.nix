./foo/bar + "/../baz"
