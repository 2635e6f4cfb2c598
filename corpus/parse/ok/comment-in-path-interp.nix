let x = "v"; in ./a/${ /* c */ x }
