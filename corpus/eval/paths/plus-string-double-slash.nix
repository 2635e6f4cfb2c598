./foo + "//bar//baz"
