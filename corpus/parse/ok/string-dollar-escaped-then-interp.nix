let v = "v"; in "\$${v}"
