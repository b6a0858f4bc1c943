// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

// Package validate holds the checks people.updateContact makes before it
// changes anything ([SPEC §1] and §3), one function per step, each returning
// the first failure as an [*Error] (an [apierror.Error]) with the request field
// at fault:
//
//   - [ResourceName]: the URL's resource name names a contact (§1, §3 step 1);
//   - [TokenPresent]: the body carries a concurrency token (§3 step 4);
//   - [Stored]: the person exists under that name and has a contact source
//     (§3 step 5);
//   - [Tokens]: the tokens sent are current (§3 step 6);
//   - [Content]: the masked fields hold valid content (§3 step 7).
//
// Steps 2 and 3 (the masks and the body) belong to packages mask and person.
//
// The rules of contact groups that hold for every user are here too
// (group.go): [SystemGroupIDs], [IsSystemGroup], [GroupResourceName],
// [GroupName], [GroupAcceptsMembers], [GroupRenamable], [GroupDeletable] and
// [CanLeaveGroup], over the one table of system groups that [Content]'s rule 4
// uses as well.
// The root package calls the steps in order; each one assumes the earlier ones
// passed. Nothing here modifies its arguments or does I/O.
//
// See https://developers.google.com/people/api/rest/v1/people/updateContact.
//
// [SPEC §1]: https://github.com/peopleupdate/peopleupdate/blob/main/docs/SPEC.md#1-inputs
package validate
