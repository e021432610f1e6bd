# The dataset to look at: `make report` writes outputs/report/ (index.html, articles/*.html); `make notebook`
# runs notebooks/who-met-whom.ipynb on outputs/ and saves it with its answers as outputs/who-met-whom.ipynb.
.PHONY: report notebook

report: $(STAMP)
	test -e outputs/current || $(MAKE) extract
	$(PY) -m pipeline report outputs --html outputs/report

notebook: $(STAMP)
	test -e outputs/current || $(MAKE) extract
	cd notebooks && ../$(VENV)/bin/jupyter execute who-met-whom.ipynb --output=../outputs/who-met-whom.ipynb
