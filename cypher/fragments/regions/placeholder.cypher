// Region.placeholder: stored (true) only on the stand-ins the loader makes.
coalesce({region}.placeholder, false) = true
