// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package mask_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/peopleupdate/peopleupdate/apierror"
	"github.com/peopleupdate/peopleupdate/mask"
	"google.golang.org/protobuf/types/known/fieldmaskpb"
)

// maxViolations is the bound on the field violations of one error (ParseUpdate's
// doc).
const maxViolations = 100

// TestViolationsCap checks that a mask or a sources parameter with many
// invalid values reports the first maxViolations distinct ones, in order, the
// message naming the first, and that duplicates are not counted.
func TestViolationsCap(t *testing.T) {
	t.Parallel()
	seq := func(prefix string, n int) []string {
		s := make([]string, n)
		for i := range s {
			s[i] = fmt.Sprint(prefix, i)
		}
		return s
	}
	// 10 000 distinct invalid paths, with duplicates and valid paths between.
	many := seq("x", 10000)
	var mixed []string
	for i, p := range many {
		mixed = append(mixed, p, "names", many[i/2])
	}
	tests := []struct {
		name string
		call func() error
		want *wantError
	}{
		{"update mask of 10000 invalid paths",
			func() error { _, err := mask.ParseUpdate(strings.Join(many, ",")); return err },
			pathErr(apierror.InvalidUpdatePath, msgUpdatePath, fieldUpdateMask, many[:maxViolations]...)},
		{"update mask with duplicates and valid paths between",
			func() error { _, err := mask.ParseUpdate(strings.Join(mixed, ",")); return err },
			pathErr(apierror.InvalidUpdatePath, msgUpdatePath, fieldUpdateMask, many[:maxViolations]...)},
		{"exactly maxViolations invalid paths",
			func() error { _, err := mask.ParseUpdate(strings.Join(many[:maxViolations], ",")); return err },
			pathErr(apierror.InvalidUpdatePath, msgUpdatePath, fieldUpdateMask, many[:maxViolations]...)},
		{"one invalid path repeated 10000 times",
			func() error { _, err := mask.ParseUpdate(strings.Repeat("x0,", 10000)); return err },
			pathErr(apierror.InvalidUpdatePath, msgUpdatePath, fieldUpdateMask, many[0])},
		{"read mask of 10000 invalid paths",
			func() error { _, err := mask.ParseRead(strings.Join(many, ",")); return err },
			pathErr(apierror.InvalidReadPath, msgReadPath, fieldReadMask, many[:maxViolations]...)},
		{"FieldMask of 10000 invalid paths",
			func() error { _, err := mask.UpdateFromFieldMask(&fieldmaskpb.FieldMask{Paths: many}); return err },
			pathErr(apierror.InvalidUpdatePath, msgUpdatePath, fieldUpdateMask, many[:maxViolations]...)},
		{"10000 invalid sources",
			func() error { _, err := mask.ParseSources(many); return err },
			srcErrs(many[:maxViolations])},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, errorOf(t, tc.call())); diff != "" {
				t.Errorf("error mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// srcErrs builds the wanted InvalidSource error for the invalid values, at
// positions 0, 1, ...
func srcErrs(values []string) *wantError {
	w := &wantError{Kind: apierror.InvalidSource}
	for i, v := range values {
		msg := fmt.Sprintf(`Invalid value at 'sources[%d]' (TYPE_ENUM), %q`, i, v)
		if i == 0 {
			w.Message = msg
		}
		w.Violations = append(w.Violations, apierror.FieldViolation{Field: fmt.Sprintf("sources[%d]", i), Description: msg})
	}
	return w
}
