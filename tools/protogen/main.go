// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

// Command protogen regenerates person/person.pb.go from person/person.proto.
//
// It needs nothing but Go: the .proto is compiled by github.com/bufbuild/protocompile
// and the Go code is written by the same generator that protoc-gen-go runs, at the
// google.golang.org/protobuf version this module pins. Run it from anywhere inside
// the repository:
//
//	cd tools && go run ./protogen
//
// With -check it writes nothing and exits with status 1 when the committed code is
// out of date.
package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/bufbuild/protocompile"
	"google.golang.org/protobuf/cmd/protoc-gen-go/internal_gengo"
	"google.golang.org/protobuf/compiler/protogen"
	"google.golang.org/protobuf/reflect/protodesc"
	"google.golang.org/protobuf/types/descriptorpb"
	"google.golang.org/protobuf/types/known/timestamppb"
	"google.golang.org/protobuf/types/pluginpb"
)

// protoName is the path under which person.proto is compiled and registered. It is
// qualified so that it cannot collide with another package's person.proto in the
// global protobuf registry.
const protoName = "peopleupdate/person/person.proto"

// A target is one .proto file of the repository and the Go files generated from it.
type target struct {
	proto string // file path relative to the repository root
	name  string // the name it is compiled and registered under
	dir   string // directory of the generated files, relative to the repository root
}

var targets = []target{
	{proto: "person/person.proto", name: protoName, dir: "person"},
}

func main() {
	check := flag.Bool("check", false, "report stale generated files instead of writing them")
	root := flag.String("root", "", "repository root (default: found from the working directory)")
	flag.Parse()
	if *root == "" {
		r, err := findRoot()
		if err != nil {
			fatal(err)
		}
		*root = r
	}
	stale := false
	for _, t := range targets {
		files, err := Generate(*root, t)
		if err != nil {
			fatal(err)
		}
		for _, gf := range files {
			path := filepath.Join(*root, gf.Path)
			got, err := os.ReadFile(path)
			if err == nil && bytes.Equal(got, gf.Content) {
				continue
			}
			if *check {
				fmt.Fprintf(os.Stderr, "stale generated file: %s (run: cd tools && go run ./protogen)\n", gf.Path)
				stale = true
				continue
			}
			if err := os.WriteFile(path, gf.Content, 0o644); err != nil {
				fatal(err)
			}
			fmt.Printf("wrote %s\n", gf.Path)
		}
	}
	if stale {
		os.Exit(1)
	}
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "protogen:", err)
	os.Exit(2)
}

// findRoot walks up from the working directory to the directory whose go.mod
// declares the core module.
func findRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		b, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		if err == nil && strings.HasPrefix(string(b), "module github.com/peopleupdate/peopleupdate\n") {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("not inside the peopleupdate repository")
		}
		dir = parent
	}
}

// A File is one generated Go file.
type File struct {
	Path    string // relative to the repository root
	Content []byte
}

// Generate compiles one target's .proto and returns the Go files generated from
// it: the code protoc-gen-go writes (NAME.pb.go), and the typed deep copies
// (NAME_clone.pb.go, see clone.go).
func Generate(root string, t target) ([]File, error) {
	src, err := os.ReadFile(filepath.Join(root, t.proto))
	if err != nil {
		return nil, err
	}
	compiler := protocompile.Compiler{
		Resolver: protocompile.WithStandardImports(&protocompile.SourceResolver{
			Accessor: func(path string) (io.ReadCloser, error) {
				if path == t.name {
					return io.NopCloser(bytes.NewReader(src)), nil
				}
				return nil, os.ErrNotExist
			},
		}),
		SourceInfoMode: protocompile.SourceInfoStandard,
	}
	files, err := compiler.Compile(context.Background(), t.name)
	if err != nil {
		return nil, err
	}
	req := &pluginpb.CodeGeneratorRequest{
		FileToGenerate: []string{t.name},
		ProtoFile: []*descriptorpb.FileDescriptorProto{
			protodesc.ToFileDescriptorProto(timestamppb.File_google_protobuf_timestamp_proto),
			protodesc.ToFileDescriptorProto(files[0]),
		},
	}
	plugin, err := protogen.Options{}.New(req)
	if err != nil {
		return nil, err
	}
	plugin.SupportedFeatures = internal_gengo.SupportedFeatures
	for _, f := range plugin.Files {
		if f.Generate {
			internal_gengo.GenerateFile(plugin, f)
			generateClone(plugin, f)
		}
	}
	resp := plugin.Response()
	if resp.Error != nil {
		return nil, errors.New(resp.GetError())
	}
	var out []File
	for _, rf := range resp.File {
		out = append(out, File{
			Path:    filepath.Join(t.dir, filepath.Base(rf.GetName())),
			Content: []byte(rf.GetContent()),
		})
	}
	if len(out) != 2 {
		return nil, fmt.Errorf("generator wrote %d files, want 2", len(out))
	}
	return out, nil
}
