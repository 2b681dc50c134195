# nbgrader configuration for the nnlearn notebooks (Java, JJava kernel). Used by coursework/grade.py, which runs nbgrader
# with this folder as the course directory: source/<assignment>/ holds the master notebooks, release/ the student versions,
# submitted/<student>/<assignment>/ the collected work, autograded/ and gradebook.db the results.
c = get_config()  # noqa: F821 (provided by nbgrader)

c.CourseDirectory.course_id = "nnlearn"

# A solution region is replaced by a stub that THROWS, so an unanswered exercise fails loudly when run
# (nbgrader's default Java stub is a bare comment, which compiles and lets the check cell run on nothing).
c.ClearSolutions.code_stub = {
    "java": '// YOUR CODE HERE: replace these two lines with your solution (see the exercise text above)\n'
            'throw new UnsupportedOperationException("Exercise not answered yet: write your solution in place of this line");',
}
c.ClearSolutions.begin_solution_delimeter = "BEGIN SOLUTION"
c.ClearSolutions.end_solution_delimeter = "END SOLUTION"
c.ClearHiddenTests.begin_test_delimeter = "BEGIN HIDDEN TESTS"
c.ClearHiddenTests.end_test_delimeter = "END HIDDEN TESTS"
c.ClearSolutions.enforce_metadata = True

# Whole notebooks run during autograding; the JJava kernel needs a few seconds to start and cells may train networks.
c.Execute.timeout = 300
c.Execute.startup_timeout = 120
c.Execute.interrupt_on_timeout = True
