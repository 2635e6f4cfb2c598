toString /foo/../bar//baz
