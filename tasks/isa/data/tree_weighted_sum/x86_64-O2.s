	.file	"tree_weighted_sum.c"
	.text
	.p2align 4
	.type	walk, @function
walk:
	xorl	%edx, %edx
	testq	%rdi, %rdi
	je	.L58
	pushq	%r15
	pushq	%r14
	pushq	%r13
	movq	%rdi, %r13
	pushq	%r12
	pushq	%rbp
	movq	%rdx, %rbp
	pushq	%rbx
	movq	%rsi, %rbx
	subq	$248, %rsp
.L2:
	movq	0(%r13), %r14
	movq	8(%r13), %r15
	xorl	%edx, %edx
	imulq	%rbx, %r14
	addq	$1, %rbx
	testq	%r15, %r15
	je	.L6
	movq	%r14, 88(%rsp)
	movq	%rbx, %r12
	movq	%rbp, 96(%rsp)
	movq	%r13, 104(%rsp)
	movq	%rdx, %r13
.L3:
	movq	(%r15), %rdi
	movq	8(%r15), %rbp
	xorl	%esi, %esi
	imulq	%r12, %rdi
	addq	$1, %r12
	movq	%r12, %r14
	testq	%rbp, %rbp
	je	.L8
	movq	%rdi, 112(%rsp)
	movq	%r15, 120(%rsp)
	movq	%r13, 128(%rsp)
	movq	%rbx, %r13
	movq	%rsi, %rbx
.L5:
	movq	0(%rbp), %rdi
	movq	8(%rbp), %r15
	xorl	%esi, %esi
	imulq	%r14, %rdi
	addq	$1, %r14
	testq	%r15, %r15
	je	.L10
	movq	%rdi, 160(%rsp)
	movq	%r14, 136(%rsp)
	movq	%rbp, 144(%rsp)
	movq	%r14, %rbp
	movq	%r13, %r14
	movq	%rsi, %r13
	movq	%rbx, 152(%rsp)
	movq	%r15, %rbx
.L7:
	movq	(%rbx), %r8
	movq	8(%rbx), %r15
	xorl	%ecx, %ecx
	imulq	%rbp, %r8
	addq	$1, %rbp
	testq	%r15, %r15
	je	.L12
	movq	%r14, %rax
	movq	%rbp, %r11
	movq	%rcx, %r14
	movq	%rbx, %r10
	movq	%r12, 168(%rsp)
	movq	%rax, %rcx
	movq	%rbp, %r12
	movq	%r8, 176(%rsp)
	movq	%r13, %r8
.L9:
	movq	(%r15), %r13
	movq	8(%r15), %rbp
	xorl	%r9d, %r9d
	imulq	%r12, %r13
	addq	$1, %r12
	movq	%r12, %rdx
	testq	%rbp, %rbp
	je	.L14
	movq	%r12, (%rsp)
	movq	%rdx, %rbx
	movq	%r15, %r12
.L11:
	movq	0(%rbp), %rsi
	movq	8(%rbp), %rax
	xorl	%edi, %edi
	imulq	%rbx, %rsi
	addq	$1, %rbx
	movq	%rbx, 32(%rsp)
	testq	%rax, %rax
	je	.L16
	movq	%r11, 8(%rsp)
	movq	%r9, %r11
	movq	%rdi, %r9
	movq	%r10, 16(%rsp)
	movq	%rcx, %r10
	movq	%rax, %rcx
.L13:
	movq	32(%rsp), %rax
	movq	(%rcx), %rdi
	movq	8(%rcx), %r15
	imulq	%rax, %rdi
	addq	$1, %rax
	movq	%rax, 32(%rsp)
	movq	%rax, %rdx
	movq	%rdi, 24(%rsp)
	xorl	%edi, %edi
	testq	%r15, %r15
	je	.L18
	movq	%rsi, 48(%rsp)
	movq	%r8, 40(%rsp)
	movq	%r14, %r8
	movq	%rbp, %r14
	movq	%rcx, 56(%rsp)
	movq	%r12, %rcx
	movq	%r11, 64(%rsp)
	movq	%r13, %r11
	movq	%rdi, %r13
	movq	%r9, 72(%rsp)
	movq	%rbx, %r9
.L15:
	movq	(%r15), %rbp
	movq	8(%r15), %rbx
	xorl	%r12d, %r12d
	imulq	%rdx, %rbp
	addq	$1, %rdx
	movq	%rdx, %rsi
	testq	%rbx, %rbx
	je	.L19
.L17:
	movq	(%rbx), %rax
	movq	8(%rbx), %rdi
	movq	%r10, 232(%rsp)
	movq	%r11, 224(%rsp)
	imulq	%rsi, %rax
	addq	$1, %rsi
	movq	%rdx, 216(%rsp)
	movq	%r9, 208(%rsp)
	movq	%r8, 200(%rsp)
	movq	%rcx, 192(%rsp)
	movq	%rsi, 184(%rsp)
	movq	%rax, 80(%rsp)
	call	walk
	movq	80(%rsp), %rdi
	movq	16(%rbx), %rbx
	movq	184(%rsp), %rsi
	movq	192(%rsp), %rcx
	addq	%rdi, %rax
	movq	200(%rsp), %r8
	movq	208(%rsp), %r9
	addq	%rax, %r12
	testq	%rbx, %rbx
	movq	216(%rsp), %rdx
	movq	224(%rsp), %r11
	movq	232(%rsp), %r10
	jne	.L17
	addq	%r12, %rbp
.L19:
	movq	16(%r15), %r15
	addq	%rbp, %r13
	testq	%r15, %r15
	jne	.L15
	movq	%r13, %rdi
	addq	%rdi, 24(%rsp)
	movq	%r14, %rbp
	movq	%rcx, %r12
	movq	%r8, %r14
	movq	%r9, %rbx
	movq	%r11, %r13
	movq	40(%rsp), %r8
	movq	48(%rsp), %rsi
	movq	56(%rsp), %rcx
	movq	72(%rsp), %r9
	movq	64(%rsp), %r11
.L18:
	movq	24(%rsp), %rax
	movq	16(%rcx), %rcx
	addq	%rax, %r9
	testq	%rcx, %rcx
	jne	.L13
	movq	%r9, %rdi
	movq	%r10, %rcx
	movq	%r11, %r9
	movq	16(%rsp), %r10
	movq	8(%rsp), %r11
	addq	%rdi, %rsi
.L16:
	movq	16(%rbp), %rbp
	addq	%rsi, %r9
	testq	%rbp, %rbp
	jne	.L11
	movq	%r12, %r15
	movq	(%rsp), %r12
	addq	%r9, %r13
.L14:
	movq	16(%r15), %r15
	addq	%r13, %r14
	testq	%r15, %r15
	jne	.L9
	movq	%r8, %r13
	movq	%rcx, %rax
	movq	%r14, %rcx
	movq	%r11, %rbp
	movq	176(%rsp), %r8
	movq	168(%rsp), %r12
	movq	%r10, %rbx
	movq	%rax, %r14
	addq	%rcx, %r8
.L12:
	movq	16(%rbx), %rbx
	addq	%r8, %r13
	testq	%rbx, %rbx
	jne	.L7
	movq	160(%rsp), %rdi
	movq	%r13, %rsi
	movq	144(%rsp), %rbp
	movq	%r14, %r13
	movq	152(%rsp), %rbx
	movq	136(%rsp), %r14
	addq	%rsi, %rdi
.L10:
	movq	16(%rbp), %rbp
	addq	%rdi, %rbx
	testq	%rbp, %rbp
	jne	.L5
	movq	112(%rsp), %rdi
	movq	%rbx, %rsi
	movq	120(%rsp), %r15
	movq	%r13, %rbx
	movq	128(%rsp), %r13
	addq	%rsi, %rdi
.L8:
	movq	16(%r15), %r15
	addq	%rdi, %r13
	testq	%r15, %r15
	jne	.L3
	movq	88(%rsp), %r14
	movq	%r13, %rdx
	movq	96(%rsp), %rbp
	movq	104(%rsp), %r13
	addq	%rdx, %r14
.L6:
	movq	16(%r13), %r13
	addq	%r14, %rbp
	testq	%r13, %r13
	jne	.L2
	addq	$248, %rsp
	movq	%rbp, %rax
	popq	%rbx
	popq	%rbp
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	ret
.L58:
	movq	%rdx, %rax
	ret
	.size	walk, .-walk
	.p2align 4
	.globl	tree_weighted_sum
	.type	tree_weighted_sum, @function
tree_weighted_sum:
	pushq	%r13
	xorl	%r13d, %r13d
	pushq	%r12
	pushq	%rbp
	pushq	%rbx
	subq	$8, %rsp
	testq	%rdi, %rdi
	je	.L62
	movq	%rdi, %rbx
	movl	$1, %ebp
.L63:
	movq	(%rbx), %r12
	movq	8(%rbx), %rdi
	imulq	%rbp, %r12
	addq	$1, %rbp
	movq	%rbp, %rsi
	call	walk
	movq	16(%rbx), %rbx
	addq	%rax, %r12
	addq	%r12, %r13
	testq	%rbx, %rbx
	jne	.L63
.L62:
	addq	$8, %rsp
	movq	%r13, %rax
	popq	%rbx
	popq	%rbp
	popq	%r12
	popq	%r13
	ret
	.size	tree_weighted_sum, .-tree_weighted_sum
	.section	.note.GNU-stack,"",@progbits
