let seg = "sub"; in ./dir/${seg}/file
