let n = "seg"; in ./dir/${n}
